import { cpus, totalmem } from 'node:os';

/** The machine a figure was measured on: CPU model, cores, RAM, Node version. */
export function describeMachine(): { cpu: string; cores: number; ram_gb: number; node: string } {
  const list = cpus();
  return {
    cpu: list[0]?.model ?? 'unknown',
    cores: list.length,
    ram_gb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  };
}
