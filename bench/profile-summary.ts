/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): top functions by self time and top files,
 * paths shown relative to the repo. `npx tsx bench/profile-summary.ts FILE.cpuprofile [--top N]`
 */
import { readFileSync } from 'node:fs';
import { parseArgs, toPositiveInt } from './lib/args.js';
import { REPO_ROOT } from './lib/corpus.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = parseArgs(process.argv.slice(2), ['top']);
const file = process.argv.slice(2).find((a) => !a.startsWith('--') && a.endsWith('.cpuprofile'));
if (!file) {
  process.stderr.write('usage: profile-summary FILE.cpuprofile [--top N]\n');
  process.exit(2);
}
const top = toPositiveInt(args, 'top', 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const shorten = (url: string): string => url.replace(`file://${REPO_ROOT}`, '').replace(/^file:\/\//, '') || '(native)';
const fnKey = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'}  ${shorten(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const fileKey = (n: ProfileNode): string => {
  const url = shorten(n.callFrame.url);
  const nm = url.indexOf('node_modules/');
  return nm >= 0 ? url.slice(nm).split('/').slice(0, url.slice(nm).startsWith('node_modules/@') ? 3 : 2).join('/') : url;
};

function rank(key: (n: ProfileNode) => string): Array<[string, number]> {
  const sums = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (node) sums.set(key(node), (sums.get(key(node)) ?? 0) + us);
  }
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, top);
}

const print = (title: string, rows: Array<[string, number]>): void => {
  process.stdout.write(`\n${title}\n`);
  for (const [name, us] of rows) process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}\n`);
};
process.stdout.write(`total sampled: ${(total / 1e6).toFixed(1)} s\n`);
print('top functions by self time', rank(fnKey));
print('top files / packages by self time', rank(fileKey));
