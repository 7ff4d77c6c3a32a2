import { hashToken, startServer } from '../../../src/api/index.js';
import type { ApiOptions } from '../../../src/api/index.js';
import { createSqliteStore } from '../../../src/store/index.js';
import { seedStore } from './fixtures.js';

export const TOKEN = 'test-token-0123456789';
export const TOKEN_NAME = 'analyst';

export interface TestServer {
  url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  json<T = Record<string, unknown>>(path: string, init?: RequestInit): Promise<{ status: number; body: T; res: Response }>;
  close(): Promise<void>;
}

/** A real HTTP server (port 0) over an in-memory SQLite store seeded with the fixtures. */
export async function startTestServer(overrides: Partial<ApiOptions> = {}): Promise<TestServer> {
  const store = createSqliteStore(':memory:');
  await store.migrate();
  await seedStore(store);
  const server = await startServer({
    store, port: 0, tokenHashes: [`${TOKEN_NAME}:${hashToken(TOKEN)}`], ...overrides,
  });
  const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
  return {
    url: server.url,
    get,
    async json<T>(path: string, init?: RequestInit) {
      const res = await get(path, init);
      const body = (await res.json()) as T;
      return { status: res.status, body, res };
    },
    async close() {
      await server.close();
      await store.close();
    },
  };
}

export const authed = (init: RequestInit = {}, token = TOKEN): RequestInit => ({
  ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` },
});
