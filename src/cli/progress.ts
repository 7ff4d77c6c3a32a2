import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  update(count: number, detail: string): void;
  log(line: string): void;
  stop(): void;
}

/** A bar on a TTY; elsewhere a plain line every `everyMs`. */
export function createProgress(stream: NodeJS.WritableStream, options: { quiet?: boolean; everyMs?: number } = {}): Progress {
  const tty = (stream as NodeJS.WriteStream).isTTY === true && !options.quiet;
  const everyMs = options.everyMs ?? 5_000;
  let bar: SingleBar | null = null;
  let last = Date.now();
  let stopped = false;
  return {
    update(count, detail) {
      if (stopped || options.quiet) return;
      if (tty) {
        if (!bar) {
          bar = new SingleBar({ stream, format: '{value} inputs | {detail}', hideCursor: true }, Presets.shades_classic);
          bar.start(0, 0, { detail });
        }
        bar.update(count, { detail });
      } else if (Date.now() - last >= everyMs) {
        last = Date.now();
        stream.write(`… ${count} inputs: ${detail}\n`);
      }
    },
    log(line) {
      if (bar) (bar as SingleBar).stop();
      bar = null;
      stream.write(`${line}\n`);
    },
    stop() {
      stopped = true;
      if (bar) (bar as SingleBar).stop();
      bar = null;
    },
  };
}
