import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../env.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json; charset=utf-8',
};

/** A regular file under `root` for a URL path, or null (no escaping the root, no dotfiles). */
async function findFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.'))) return null;
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Serves the built web app from `webRoot` (GET/HEAD); unknown paths fall through to the 404 handler. */
export function createStaticRoutes(webRoot: string): Hono<AppEnv> {
  const root = resolve(webRoot);
  const app = new Hono<AppEnv>();
  app.get('*', async (c, next) => {
    const file = await findFile(root, c.req.path);
    if (!file) return next();
    const body = await readFile(file);
    const hashed = c.req.path.startsWith('/assets/');
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
  return app;
}

/** Serves one JSON file at `urlPath` when it exists. */
export function createFileRoute(urlPath: string, filePath: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(urlPath, async (c, next) => {
    let body: Buffer;
    try {
      body = await readFile(filePath);
    } catch {
      return next();
    }
    return c.body(new Uint8Array(body), 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' });
  });
  return app;
}

