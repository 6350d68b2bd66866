/**
 * `npm run simulator`: the Rooms API and OAuth simulator on SIMULATOR_PORT (4010). Flags: --users N makes
 * Harbor & Pine bigger, --seed S changes the generated members. Ctrl-C stops it.
 */
import { loadConfig } from './config';
import { HARBOR_ACCOUNT_ID, CEDAR_ACCOUNT_ID, SIGN_IN_IDENTITIES } from './seed';
import { startSimulator } from './server';

const config = loadConfig(process.env, process.argv.slice(2));
if (!config.ok) {
  console.error('The simulator cannot start:');
  for (const problem of config.problems) console.error(`  - ${problem}`);
  process.exit(1);
}

const started = performance.now();
const running = await startSimulator(config.options);
const { options } = config;
console.log(`Rooms API simulator listening on ${running.url} (ready in ${Math.round(performance.now() - started)} ms)`);
console.log(`  Rooms API   ${running.url}/restapi/v2/accounts/{accountId}`);
console.log(`  OAuth       ${running.url}/oauth/auth  client_id rooms-admin-local`);
console.log(`  Redirects   ${(options.redirectUris ?? []).join(', ')}`);
console.log(`  Accounts    Harbor & Pine Realty (v6) ${HARBOR_ACCOUNT_ID}, Cedar Classic Homes (v5) ${CEDAR_ACCOUNT_ID}`);
console.log(`  Sign in as  ${SIGN_IN_IDENTITIES.map((identity) => identity.email).join(', ')}`);
console.log(`  JWT grant   ${options.jwtPublicKey ? 'enabled' : 'off (set SIMULATOR_JWT_PUBLIC_KEY)'}; control API ${options.control ? 'ON at /__control' : 'off'}`);

const stop = (): void => {
  void running.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
