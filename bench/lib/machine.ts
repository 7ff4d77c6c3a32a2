import { cpus, loadavg, totalmem } from 'node:os';

/**
 * The machine a figure was measured on: CPU model, cores, RAM, Node version, and the 1-minute load average
 * (on a shared machine, a load above the core count means every timing here is inflated).
 */
export function describeMachine(): { cpu: string; cores: number; ram_gb: number; node: string; load_1m: number } {
  const list = cpus();
  return {
    cpu: list[0]?.model ?? 'unknown',
    cores: list.length,
    ram_gb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    load_1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
