import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { dataPath } from '../../lexicon/paths.js';
import { loadOntology } from '../../lexicon/triggers/index.js';
import type { ExtractedDocument, MarsadEvent, PloverType, SourceDoc } from '../../types.js';
import { createScorer, pickEvent, PICK_RULE } from './score.js';
import type { EvalError, EvalReport } from './types.js';

export interface PloverEvalOptions {
  limit?: number;
  /** Language of the texts (default 'en'). */
  language?: 'ar' | 'en';
  /** Map future/conditional acts to PLOVER's intent types (AGREE, THREATEN) before scoring (default true). */
  intentMap?: boolean;
}

interface Gold {
  id: string;
  text: string;
  date: string | null;
  type: PloverType | null;
  cameoRoot: string | null;
  source: string | null;
  target: string | null;
}

function toDate(v: unknown): string | null {
  const s = String(v ?? '');
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null;
}

const country = (code: unknown): string | null => {
  const s = String(code ?? '').toUpperCase();
  return /^[A-Z]{3}/.test(s) ? s.slice(0, 3) : null;
};

/** Reads PLOVER gold records (JSON array) or PETRARCH unit tests (JSONL with expected_events) into one shape. */
export function parseGold(text: string): Gold[] {
  const ontology = loadOntology();
  const trimmed = text.trim();
  const records: Array<Record<string, unknown>> = trimmed.startsWith('[')
    ? (JSON.parse(trimmed) as Array<Record<string, unknown>>)
    : trimmed.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
  const out: Gold[] = [];
  for (const r of records) {
    if (typeof r['text'] !== 'string') continue;
    if (typeof r['event'] === 'string') {
      const name = r['event'];
      const type = (ontology.plover as Record<string, unknown>)[name] ? (name as PloverType) : ontology.legacy[name]?.type ?? null;
      if (!type) continue;
      const src = (r['source'] as Array<{ code?: string }> | undefined)?.[0]?.code;
      const tgt = (r['target'] as Array<{ code?: string }> | undefined)?.[0]?.code;
      out.push({ id: String(r['id']), text: r['text'], date: toDate(r['date']), type, cameoRoot: null, source: country(src), target: country(tgt) });
    } else if (Array.isArray(r['expected_events'])) {
      const first = (r['expected_events'] as Array<{ eventcode?: string; sourcecode?: string; targetcode?: string }>)[0];
      const root = first?.eventcode ? first.eventcode.slice(0, 2) : null;
      out.push({
        id: String(r['id']), text: r['text'], date: toDate(r['date']), type: root ? ontology.cameoRoots[root] ?? null : null,
        cameoRoot: root, source: country(first?.sourcecode), target: country(first?.targetcode),
      });
    }
  }
  return out;
}

/** PLOVER's coding of stated intentions (data/ontology/plover.yaml `intent`): act type → AGREE or THREATEN. */
export function loadIntentMap(): Partial<Record<PloverType, PloverType>> {
  const raw = parse(readFileSync(dataPath('ontology', 'plover.yaml'), 'utf8')) as { intent?: Partial<Record<PloverType, PloverType>> };
  return raw.intent ?? {};
}

/** The PLOVER type of a predicted event: a future or conditional act is coded as the intent to do it. */
export function toPloverType(e: MarsadEvent, intent: Partial<Record<PloverType, PloverType>>): PloverType {
  return e.modality === 'future' || e.modality === 'hypothetical' ? intent[e.type] ?? e.type : e.type;
}

function eventCountry(e: MarsadEvent, side: 'actors' | 'recipients'): string | null {
  return e[side].find((a) => a.country)?.country?.toUpperCase() ?? null;
}

/**
 * Scores PLOVER event types (older names mapped: DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE,
 * FIGHT→ASSAULT; a predicted future or conditional act is scored as PLOVER codes intentions, see
 * data/ontology/plover.yaml `intent`), CAMEO roots, and source/target countries against PLOVER or PETRARCH gold. Records without an
 * expected event count predicted events as false positives.
 */
export async function evaluatePlover(
  path: string,
  extract: (doc: SourceDoc) => ExtractedDocument,
  options: PloverEvalOptions = {},
): Promise<EvalReport> {
  const all = parseGold(await readFile(path, 'utf8'));
  const gold = options.limit ? all.slice(0, options.limit) : all;
  const scorer = createScorer();
  const intent = options.intentMap === false ? {} : loadIntentMap();
  let missed = 0;
  let noEventRecords = 0;
  let falsePositives = 0;
  const errors: EvalError[] = [];
  for (const g of gold) {
    const doc: SourceDoc = { origin: `${path}#${g.id}`, body: g.text, format: 'text', published: g.date, language: options.language ?? 'en' };
    const event = pickEvent(extract(doc).events, false);
    const type = event ? toPloverType(event, intent) : null;
    if (g.type === null && g.cameoRoot === null) {
      noEventRecords++;
      if (event) falsePositives++;
      continue;
    }
    if (!event) missed++;
    if (g.type !== null && type !== g.type && errors.length < 500) {
      errors.push({ id: g.id, gold: g.type, predicted: type ?? '(none)', trigger: event?.evidence.trigger?.text ?? null, text: g.text });
    }
    scorer.confuse(g.type ?? `cameo ${g.cameoRoot}`, type ?? '(none)');
    scorer.add('event_type', g.type !== null ? type === g.type : null);
    scorer.add('cameo_root', g.cameoRoot !== null ? event?.cameo?.slice(0, 2) === g.cameoRoot : null);
    scorer.add('source_country', g.source !== null ? (event ? eventCountry(event, 'actors') === g.source : false) : null);
    scorer.add('target_country', g.target !== null ? (event ? eventCountry(event, 'recipients') === g.target : false) : null);
  }
  return {
    kind: 'plover', source: path, records: gold.length - noEventRecords, missed, fields: scorer.fields(),
    confusion: scorer.confusion, extra: { no_event_records: noEventRecords, false_positives: falsePositives }, rule: PICK_RULE, errors,
  };
}
