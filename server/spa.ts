/**
 * Serves the SPA on the proxy's origin. Production: the built files from STATIC_DIR, compressed for browsers that
 * accept it, hashed /assets cached for a year, index.html never cached so a deploy takes effect on the next load,
 * and index.html for every other GET that is not /api or /auth (client-side routes). Dev: Vite in middleware
 * mode, with hot reload over this server's own WebSocket, so dev and production share one origin and one cookie.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { type RequestHandler } from 'express';
import type { ProxyConfig } from './config';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const API_PATHS = /^\/(api|auth)(\/|$)/;

export interface SpaHandler {
  middleware: RequestHandler[];
  close: () => Promise<void>;
}

export async function createSpaHandler(config: ProxyConfig, httpServer: Server | undefined): Promise<SpaHandler> {
  if (config.dev) {
    const { createServer } = await import('vite');
    const vite = await createServer({
      root: ROOT,
      server: { middlewareMode: true, ws: httpServer ? { server: httpServer } : false },
      appType: 'spa',
    });
    return { middleware: [vite.middlewares], close: () => vite.close() };
  }
  return { middleware: staticSpa(config.staticDir), close: async () => {} };
}

function staticSpa(staticDir: string): RequestHandler[] {
  const indexHtml = join(staticDir, 'index.html');
  if (!existsSync(indexHtml)) {
    console.warn(`[proxy] ${indexHtml} does not exist: build the app with \`npm run build\` (or set STATIC_DIR).`);
  }
  const assets = express.Router();
  // Vite puts a content hash in every file name under /assets, so a name never changes its content.
  assets.use(express.static(join(staticDir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  assets.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });

  const fallback: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    if (!existsSync(indexHtml)) {
      res.status(503).type('text/plain').send('The app has not been built. Run `npm run build` and reload.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  };

  return [
    compression(),
    express.Router().use('/assets', assets),
    express.static(staticDir, {
      index: false,
      setHeaders: (res, path) => res.setHeader('Cache-Control', path.endsWith('.html') ? 'no-cache' : 'public, max-age=3600'),
    }),
    fallback,
  ];
}
