/**
 * `npm run server` / `scripts/start.mjs`: reads the environment, then serves the app. `--dev` serves the SPA
 * through Vite with hot reload instead of from the built files.
 */
import { startServer } from './app';
import { ConfigError, loadConfig } from './config';

try {
  const config = loadConfig(process.env, { dev: process.argv.includes('--dev') });
  const server = await startServer(config);
  const mode = config.jwt ? `headless, signed in as DocuSign user ${config.jwt.userId}` : `OAuth at ${config.oauthBase}`;
  console.log(`Rooms Admin proxy listening on ${server.url}${config.dev ? ' (dev, hot reload)' : ''}; ${mode}.`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`The port is already in use (${error.message}). Stop what runs there or choose another: PORT=5000.`);
    process.exit(1);
  }
  throw error;
}
