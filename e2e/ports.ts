/** Test ports, apart from `npm start`'s 4000/4010 so both can run at once. */
export const appPort = Number(process.env.E2E_PORT ?? 4100);
export const simulatorPort = Number(process.env.E2E_SIMULATOR_PORT ?? 4110);
export const baseURL = `http://localhost:${appPort}`;
export const simulatorURL = `http://localhost:${simulatorPort}`;
