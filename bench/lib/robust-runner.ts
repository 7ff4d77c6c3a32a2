import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RobustReady, RobustReply, RobustRequest } from './robust-protocol.js';

export type AskOutcome =
  | { kind: 'reply'; reply: RobustReply }
  | { kind: 'hang'; waitedMs: number }
  | { kind: 'died'; detail: string };

/** Owns the extraction child: starts it, sends one request at a time, kills and restarts it on a hang or death. */
export interface RobustRunner {
  readonly ready: RobustReady;
  readonly restarts: number;
  ask(request: RobustRequest): Promise<AskOutcome>;
  close(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./robust-child.ts', import.meta.url));

function startChild(budgetMs: number): Promise<{ child: ChildProcess; ready: RobustReady }> {
  const child = fork(CHILD, [], {
    execArgv: ['--import', 'tsx', '--max-old-space-size=4096'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, MARSAD_ROBUST_BUDGET_MS: String(budgetMs) },
  });
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown): void => {
      if ((message as Partial<RobustReady>).ready) {
        child.off('exit', onExit);
        child.off('message', onMessage);
        resolve({ child, ready: message as RobustReady });
      }
    };
    const onExit = (code: number | null): void => reject(new Error(`extraction child exited (${code}) before it was ready`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Starts the child process and waits until its extractor is built. */
export async function createRobustRunner(options: { hangMs: number; budgetMs: number }): Promise<RobustRunner> {
  let { child, ready } = await startChild(options.budgetMs);
  let restarts = 0;

  const restart = async (): Promise<void> => {
    child.kill('SIGKILL');
    restarts++;
    ({ child, ready } = await startChild(options.budgetMs));
  };

  const ask = (request: RobustRequest): Promise<AskOutcome> => {
    const current = child;
    const outcome = new Promise<AskOutcome>((resolve) => {
      const timer = setTimeout(() => finish({ kind: 'hang', waitedMs: options.hangMs }), options.hangMs);
      const onMessage = (message: unknown): void => {
        if ((message as RobustReply).seq === request.seq) finish({ kind: 'reply', reply: message as RobustReply });
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => finish({ kind: 'died', detail: `exit ${code ?? signal}` });
      function finish(result: AskOutcome): void {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('exit', onExit);
        resolve(result);
      }
      current.on('message', onMessage);
      current.once('exit', onExit);
      current.send(request);
    });
    return outcome.then(async (result) => {
      if (result.kind !== 'reply') await restart();
      return result;
    });
  };

  return {
    get ready() { return ready; },
    get restarts() { return restarts; },
    ask,
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 50));
    },
  };
}
