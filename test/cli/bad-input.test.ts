import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { runCli, tempDir, type CliRun } from '../helpers/cli.js';
import type { ExtractedDocument } from '../../src/types.js';

const GOOD = 'Clashes in Tripoli\n\nClashes erupted between rival militias in Tripoli on Sunday, killing three fighters.\n';

describe('bad input: one clear line per failure, the batch goes on, exit code 1', () => {
  const tmp = tempDir();
  const file = (name: string): string => join(tmp.dir, name);
  let run: CliRun;

  beforeAll(async () => {
    writeFileSync(file('a-good.txt'), GOOD);
    copyFileSync('examples/sirte-2016-08-02.ar.txt', file('b-sirte.txt'));
    writeFileSync(file('empty.txt'), '');
    writeFileSync(file('binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0, 9, 0, 0, 0]));
    writeFileSync(file('truncated.jsonl.gz'), gzipSync(Buffer.from(`${JSON.stringify({ title: 't', text: GOOD })}\n`.repeat(50))).subarray(0, 60));
    writeFileSync(file('mixed.jsonl'), [
      JSON.stringify({ title: 'first', text: GOOD, published: '2019-04-08' }),
      '{"title": "broken", "text": ',
      JSON.stringify({ title: 'third', text: GOOD.replace('Sunday', 'Monday'), published: '2019-04-08' }),
    ].join('\n'));
    writeFileSync(file('no-article.html'), '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    writeFileSync(file('huge.txt'), Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
    run = await runCli(['extract', tmp.dir, file('missing.txt'), '--published', '2019-04-08', '--format', 'json']);
  }, 120_000);
  afterAll(() => tmp.cleanup());

  const cases: Array<[string, RegExp]> = [
    ['empty.txt', /empty/i],
    ['binary.txt', /binary/i],
    ['truncated.jsonl.gz', /gzip|truncated|unexpected end/i],
    ['mixed.jsonl:2', /json/i],
    ['no-article.html', /article|text/i],
    ['huge.txt', /large|size|limit/i],
    ['missing.txt', /no such file|not found|cannot read|ENOENT/i],
  ];

  it.each(cases)('%s is reported with its reason', (name, reason) => {
    const line = run.stderr.split('\n').find((l) => l.includes(name));
    expect(line, `no error line for ${name} in:\n${run.stderr}`).toBeDefined();
    expect(line).toMatch(reason);
  });

  it('processes the readable inputs and exits 1', () => {
    expect(run.code).toBe(1);
    const docs = (JSON.parse(run.stdout) as { documents: ExtractedDocument[] }).documents;
    const titles = docs.map((d) => d.title);
    expect(titles).toEqual(expect.arrayContaining(['Clashes in Tripoli', 'first', 'third']));
    expect(docs.some((d) => d.language === 'ar')).toBe(true);
  });
});
