import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void | Promise<void>;

export interface LocalServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  url(path: string): string;
  /** Requests per path (path without query). */
  hits(path: string): number;
  /** Every request: path, headers, start and end times (ms), in arrival order. */
  log: Array<{ path: string; headers: IncomingMessage['headers']; start: number; end: number }>;
  /** Most requests in flight at once. */
  maxInFlight: number;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** A node:http server on 127.0.0.1, port 0, with per-path handlers; unknown paths get 404. */
export async function startLocalServer(routes: Record<string, Handler> = {}): Promise<LocalServer> {
  const table = new Map(Object.entries(routes));
  const counts = new Map<string, number>();
  let inFlight = 0;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const hit = (counts.get(path) ?? 0) + 1;
    counts.set(path, hit);
    const entry = { path, headers: req.headers, start: Date.now(), end: 0 };
    state.log.push(entry);
    inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => {
      inFlight -= 1;
      entry.end = Date.now();
    });
    const handler = table.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    void Promise.resolve(handler(req, res, hit)).catch(() => res.destroy());
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const state: LocalServer = {
    origin: `http://127.0.0.1:${port}`,
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: (path) => counts.get(path) ?? 0,
    log: [],
    maxInFlight: 0,
    route: (path, handler) => { table.set(path, handler); },
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
  return state;
}

/** Sends a body with a status and headers. */
export function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, headers).end(body);
}
