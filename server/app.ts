/**
 * The auth proxy as an express app: security headers, /auth (sign-in), /api (the allow-listed Rooms API) and
 * the SPA, all on one origin. `startServer` also listens, for main.ts and for tests (port 0 = any free port).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { discardActivity, type ActivityLog } from './activity-log';
import { createApiRouter } from './api-proxy';
import { createAuthRouter } from './auth-routes';
import type { ProxyConfig } from './config';
import { assignRequestId, handleErrors } from './errors';
import { createOAuthClient } from './oauth-client';
import { securityHeaders } from './security-headers';
import { createSessionMiddleware } from './session';
import { createSessionAuth } from './session-auth';
import { createSpaHandler } from './spa';
import { TokenVault } from './token-vault';

export interface AppOptions {
  /** Dev mode attaches Vite's HMR WebSocket to this server. */
  httpServer?: Server;
  activity?: ActivityLog;
}

export interface ProxyApp {
  app: express.Express;
  /** Stops timers and Vite; the HTTP server is the caller's. */
  close: () => Promise<void>;
}

function noStore(_req: Request, res: Response, next: NextFunction): void {
  // Session state and account data must never be served from a cache, shared or not.
  res.setHeader('Cache-Control', 'no-store');
  next();
}

export async function createApp(config: ProxyConfig, options: AppOptions = {}): Promise<ProxyApp> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  const vault = new TokenVault(config.sessionMaxAgeMs);
  const sessions = createSessionMiddleware(config);
  const oauth = createOAuthClient(config);
  const auth = createSessionAuth(config, oauth, vault);
  const spa = await createSpaHandler(config, options.httpServer);

  app.use(securityHeaders(config));
  app.use(['/api', '/auth'], noStore, assignRequestId, sessions.middleware);
  app.use('/auth', createAuthRouter(config, oauth, auth));
  app.use('/api', createApiRouter(config, auth, options.activity ?? discardActivity));
  app.use(...spa.middleware);
  app.use(handleErrors);

  return {
    app,
    close: async () => {
      vault.close();
      sessions.close();
      await spa.close();
    },
  };
}

export interface RunningServer {
  url: string;
  config: ProxyConfig;
  close: () => Promise<void>;
}

/**
 * Listens on `port` (default config.port). A redirect URI on port 0 means "this server's port", so tests can
 * listen on a free port and still give the account server a redirect URI that reaches them.
 */
export async function startServer(
  config: ProxyConfig & { port?: number },
  options: Omit<AppOptions, 'httpServer'> = {},
): Promise<RunningServer> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const redirect = new URL(config.oauth.redirectUri);
  if (redirect.port === '0') redirect.port = String(port);
  const actual: ProxyConfig = {
    ...config,
    port,
    oauth: { ...config.oauth, redirectUri: redirect.toString() },
    appOrigin: redirect.origin,
  };
  let proxy: ProxyApp;
  try {
    proxy = await createApp(actual, { ...options, httpServer: server });
  } catch (error) {
    server.close();
    throw error;
  }
  server.on('request', proxy.app);
  return {
    url: `http://localhost:${port}`,
    config: actual,
    close: async () => {
      await proxy.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
