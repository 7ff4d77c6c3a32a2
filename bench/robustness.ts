/**
 * `npm run robustness`: the Arabic corpus through the extractor with mutations (truncation, concatenation,
 * random bytes, mixed encodings, 1 MB lines, 10k-deep HTML, zero-width/bidi marks, full diacritics,
 * `undefined`/`null` artifacts, English captions). Checks: no crash, no hang, flat memory, every output
 * schema-valid with spans that slice the text. Exit 1 on any crash, hang, process death or invalid output.
 *
 * Flags: --limit N (articles), --seed N, --heavy-every N, --budget-ms N (extractor budget),
 * --slow-ms N (report docs slower than this), --hang-ms N (kill after), --sample-every N, --json.
 */
import { parseArgs, toPositiveInt } from './lib/args.js';
import { hasSharedData, listCorpusFiles, readCorpusLines, toOrigin, toSourceDoc, type CorpusRecord } from './lib/corpus.js';
import { MUTATIONS, type Mutation } from './lib/mutations.js';
import { createRng } from './lib/rng.js';
import {
  createTally, recordOutcome, summariseMemory, toMemoryRows, toMutationTable, toTable,
} from './lib/robust-report.js';
import { createRobustRunner } from './lib/robust-runner.js';
import { nowMs } from './lib/stats.js';

const args = parseArgs(process.argv.slice(2), ['limit', 'seed', 'heavy-every', 'budget-ms', 'slow-ms', 'hang-ms', 'sample-every']);
const json = args.flags.has('json');
const log = (line: string): void => { process.stdout.write(`${line}\n`); };

async function main(): Promise<number> {
  if (!hasSharedData()) {
    log('robustness: skipped — ../shared/data/corpus is absent (the corpus is not shipped with marsad).');
    return 0;
  }
  const limit = toPositiveInt(args, 'limit', Number.MAX_SAFE_INTEGER);
  const seed = toPositiveInt(args, 'seed', 20161);
  const heavyEvery = toPositiveInt(args, 'heavy-every', 400);
  const budgetMs = toPositiveInt(args, 'budget-ms', 2000);
  const slowMs = toPositiveInt(args, 'slow-ms', budgetMs + 1000);
  const hangMs = toPositiveInt(args, 'hang-ms', 60_000);
  const sampleEvery = toPositiveInt(args, 'sample-every', 500);

  const rng = createRng(seed);
  const light = MUTATIONS.filter((m) => !m.heavy);
  const heavy = MUTATIONS.filter((m) => m.heavy);
  const tally = createTally();
  const runner = await createRobustRunner({ hangMs, budgetMs });
  log(`robustness: extractor ready in ${runner.ready.setupMs.toFixed(0)} ms; seed ${seed}`);

  const t0 = nowMs();
  let seq = 0;
  let articles = 0;
  let previous = '';
  const run = async (mutation: Mutation, record: CorpusRecord, origin: string): Promise<void> => {
    const base = toSourceDoc(record, origin);
    const input = mutation.apply(base, { rng, previous });
    const request = input.kind === 'bytes'
      ? { seq: ++seq, mutation: mutation.name, doc: input.doc, bytes: input.bytes, contentType: input.contentType }
      : { seq: ++seq, mutation: mutation.name, doc: input.doc };
    const chars = input.kind === 'bytes' ? input.bytes.length : input.doc.body.length;
    const outcome = await runner.ask(request);
    recordOutcome(tally, mutation.name, origin, chars, outcome, slowMs);
    if (outcome.kind === 'reply' && seq % sampleEvery === 0) {
      tally.memory.push({ docs: seq, rssMb: outcome.reply.rssMb, heapMb: outcome.reply.heapMb });
    }
    if (seq % 5000 === 0) process.stderr.write(`robustness: … ${seq} documents, ${((nowMs() - t0) / 1000).toFixed(0)} s\n`);
  };

  for await (const line of readCorpusLines(listCorpusFiles(), limit)) {
    const record = JSON.parse(line.raw) as CorpusRecord;
    const origin = toOrigin(line);
    await run(light[articles % light.length] as Mutation, record, origin);
    if (articles % heavyEvery === 0) await run(heavy[(articles / heavyEvery) % heavy.length] as Mutation, record, origin);
    previous = record.text ?? '';
    articles++;
  }
  const wallS = (nowMs() - t0) / 1000;
  await runner.close();

  const totals = [...tally.byMutation.values()].reduce(
    (a, t) => ({ rejected: a.rejected + t.rejected, crashes: a.crashes + t.crashes, invalid: a.invalid + t.invalid, hangs: a.hangs + t.hangs, deaths: a.deaths + t.deaths, slow: a.slow + t.overBudget }),
    { rejected: 0, crashes: 0, invalid: 0, hangs: 0, deaths: 0, slow: 0 },
  );
  const failed = totals.crashes + totals.invalid + totals.hangs + totals.deaths > 0;

  log('');
  log(toMutationTable(tally));
  log('');
  log(toTable([
    { metric: 'articles / documents', value: `${articles} / ${seq}` },
    { metric: 'wall time (s)', value: wallS.toFixed(1) },
    { metric: 'refused by the source layer', value: String(totals.rejected), note: 'stable error code: graceful' },
    { metric: 'crashes (thrown)', value: String(totals.crashes), target: '0' },
    { metric: 'invalid outputs', value: String(totals.invalid), target: '0' },
    { metric: 'hangs (killed)', value: String(totals.hangs), target: '0', note: `after ${hangMs} ms` },
    { metric: 'process deaths', value: String(totals.deaths), target: '0' },
    { metric: `slow (> ${slowMs} ms)`, value: String(totals.slow), note: 'reported, not failed' },
    ...toMemoryRows(tally.memory),
  ]));
  if (tally.slowest.length > 0) {
    log('\nslowest documents:');
    for (const s of tally.slowest) log(`  ${s.ms.toFixed(0).padStart(7)} ms  ${String(s.chars).padStart(8)} chars  ${s.mutation.padEnd(18)} ${s.origin}`);
  }
  if (tally.incidents.length > 0) {
    log(`\nincidents (${tally.incidentCount}, first ${tally.incidents.length}):`);
    for (const i of tally.incidents) log(`  [${i.kind}] ${i.mutation} ${i.origin}: ${i.detail.slice(0, 300)}`);
  }
  log(`\nrobustness: ${failed ? 'FAILED' : 'passed'}`);
  if (json) {
    log(JSON.stringify({
      articles, documents: seq, wall_s: wallS, ...totals, restarts: runner.restarts,
      memory: tally.memory.length > 0 ? summariseMemory(tally.memory) : null,
      by_mutation: Object.fromEntries(tally.byMutation), passed: !failed,
    }));
  }
  return failed ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  process.stderr.write(`robustness: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
