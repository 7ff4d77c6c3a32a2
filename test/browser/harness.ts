import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { startServer, hashToken } from '../../src/api/index.js';
import { createSqliteStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/port.js';
import { seedStore } from '../api/helpers/fixtures.js';

export const CHROMIUM = '/usr/bin/chromium';
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const WEB_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

/** Why the browser suite cannot run here, or null when it can. */
export function browserSkipReason(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is absent (apt-get install -y chromium fonts-noto-core)`;
}

/** Builds web/dist with vite when it is missing (or when `force`). */
export async function ensureWebBuild(force = false): Promise<void> {
  if (!force && existsSync(`${WEB_ROOT}index.html`)) return;
  await build({ configFile: WEB_CONFIG, logLevel: 'warn' });
}

/** Debian's Chromium, headless, with the flags that work in this environment. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export const TEST_TOKEN = 'browser-test-token';

/** A real server over a seeded in-memory SQLite store, serving the built app. */
export async function startSeededServer(seed: (store: Store) => Promise<unknown> = seedStore) {
  const store = createSqliteStore(':memory:');
  await store.migrate();
  await seed(store);
  const server = await startServer({
    store, port: 0, webRoot: WEB_ROOT, tokenHashes: [`tester:${hashToken(TEST_TOKEN)}`], rateLimit: { windowMs: 60_000, max: 100_000 },
  });
  return {
    url: server.url,
    store,
    async close() {
      await server.close();
      await store.close();
    },
  };
}
