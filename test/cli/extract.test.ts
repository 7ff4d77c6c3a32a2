import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { assertValidEvent } from '../helpers/schema.js';
import type { ExtractedDocument, MarsadEvent } from '../../src/types.js';

const REFERENCE = 'examples/sirte-2016-08-02.ar.txt';

async function extractJson(args: string[], stdin = ''): Promise<ExtractedDocument[]> {
  const run = await runCli(['extract', ...args, '--format', 'json'], stdin);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { documents: ExtractedDocument[] }).documents;
}

describe('marsad extract', () => {
  it('prints schema-valid events whose spans point into document.text', async () => {
    const [doc] = await extractJson([REFERENCE, '--published', '2016-08-02']);
    expect(doc).toBeDefined();
    const { text, events } = doc!;
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const event of events) {
      assertValidEvent(event);
      expect(event.document_id).toBe(doc!.id);
      expect(text.slice(...event.evidence.span)).toBe(event.evidence.text);
      if (event.evidence.trigger) expect(text.slice(...event.evidence.trigger.span)).toBe(event.evidence.trigger.text);
      for (const actor of [...event.actors, ...event.recipients]) expect(text.slice(...actor.span)).toBe(actor.text);
      for (const q of event.quantities) expect(text.slice(...q.span)).toBe(q.text);
      if (event.location?.span) expect(text.slice(...event.location.span)).toBe(event.location.text);
    }
  });

  it('codes the reference report\'s air strikes, clashes and the district taken, in Sirte, dated against publication', async () => {
    const [doc] = await extractJson([REFERENCE, '--published', '2016-08-02']);
    const events = doc!.events;
    const find = (sub: string): MarsadEvent | undefined => events.find((e) => e.acled?.sub_event_type === sub && (e.modality ?? 'asserted') === 'asserted');
    const strikes = find('Air/drone strike');
    expect(strikes?.type).toBe('ASSAULT');
    expect(strikes?.mode).toBe('aerial');
    expect(strikes?.acled?.event_type).toBe('Explosions/Remote violence');
    expect(strikes?.actors.some((a) => a.country === 'USA')).toBe(true);
    expect(find('Armed clash')?.acled?.event_type).toBe('Battles');
    expect(find('Government regains territory')?.acled?.event_type).toBe('Battles');
    for (const event of [strikes, find('Armed clash'), find('Government regains territory')]) {
      expect(event?.location?.country).toBe('LY');
      expect(event?.location?.lat).toBeCloseTo(31.2, 0);
      expect(event?.location?.lon).toBeCloseTo(16.6, 0);
      expect(event?.date.value).toMatch(/^2016-0[78]-\d\d$/);
    }
  });

  it('keeps caption, credit and source line out of the text and in metadata', async () => {
    const [doc] = await extractJson([REFERENCE, '--published', '2016-08-02']);
    expect(doc!.text).not.toContain('REUTERS/');
    expect(doc!.text).not.toMatch(/\bundefined\b/);
    expect(doc!.text).not.toContain('المصدر :');
    expect(doc!.metadata.outlets).toEqual(expect.arrayContaining(['الجزيرة']));
    for (const event of doc!.events) expect(event.evidence.text).not.toContain('Fighters of Libyan forces');
  });

  it('gives the same ids on every run', async () => {
    const first = await extractJson([REFERENCE, '--published', '2016-08-02']);
    const second = await extractJson([REFERENCE, '--published', '2016-08-02']);
    expect(second[0]!.id).toBe(first[0]!.id);
    expect(second[0]!.events.map((e) => e.id)).toEqual(first[0]!.events.map((e) => e.id));
  });

  it('reads stdin and prints one event per line with --format jsonl', async () => {
    const body = 'Clashes in Tripoli\n\nClashes erupted between rival militias in Tripoli on Sunday, killing three fighters, witnesses said.\n';
    const run = await runCli(['extract', '-', '--published', '2019-04-08', '--format', 'jsonl'], body);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) assertValidEvent(JSON.parse(line));
  });

  it('exits 2 with a message naming the bad flag', async () => {
    const bad = await runCli(['extract', REFERENCE, '--published', '2016-13-45']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--published');
    const unknown = await runCli(['extract', '--nope']);
    expect(unknown.code).toBe(2);
    const format = await runCli(['extract', REFERENCE, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format');
  });
});
