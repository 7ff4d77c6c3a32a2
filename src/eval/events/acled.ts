import { readFile } from 'node:fs/promises';
import type { ExtractedDocument, MarsadEvent, SourceDoc } from '../../types.js';
import { parseCsv } from './csv.js';
import { createScorer, median, pickEvent, PICK_RULE, toKm } from './score.js';
import type { EvalError, EvalReport } from './types.js';

export interface AcledEvalOptions {
  /** Score at most this many rows (in file order). */
  limit?: number;
  /** Distance within which a location counts as right, km (default 25). */
  km?: number;
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** ACLED dates as written in exports ("9-May-20", "09 May 2020", "2020-05-09") → YYYY-MM-DD. */
export function toIsoDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const m = /^(\d{1,2})[-\s]([A-Za-z]{3})[A-Za-z]*[-\s](\d{2,4})$/.exec(v);
  if (!m) return null;
  const year = (m[3] ?? '').length === 2 ? `20${m[3]}` : m[3];
  const month = MONTHS[(m[2] ?? '').toLowerCase()];
  return month ? `${year}-${month}-${(m[1] ?? '').padStart(2, '0')}` : null;
}

function normName(name: string): string {
  return name.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z0-9\u0600-\u06ff]+/g, ' ').trim();
}

/** Actor names agree when equal after normalisation or when one contains the other. */
export function sameActor(gold: string, predicted: string | undefined): boolean {
  if (!predicted) return false;
  const g = normName(gold);
  const p = normName(predicted);
  return g.length > 0 && p.length > 0 && (g === p || g.includes(p) || p.includes(g));
}

function secondParty(e: MarsadEvent): string | undefined {
  return e.acled?.event_type === 'Battles' ? (e.actors[1]?.name ?? e.recipients[0]?.name) : (e.recipients[0]?.name ?? e.actors[1]?.name);
}

/**
 * Scores event coding against ACLED rows with notes: each note is read as a one-paragraph English report
 * published on the event date. Fields: event type, sub-event type, actor1, actor2, admin1, location within
 * `km`, fatalities exact (ACLED's number against the predicted conservative minimum, 0 when none).
 */
export async function evaluateAcled(
  csvPath: string,
  extract: (doc: SourceDoc) => ExtractedDocument,
  options: AcledEvalOptions = {},
): Promise<EvalReport> {
  const rows = parseCsv(await readFile(csvPath, 'utf8')).filter((r) => (r['notes'] ?? '').trim() !== '');
  const selected = options.limit ? rows.slice(0, options.limit) : rows;
  const km = options.km ?? 25;
  const scorer = createScorer();
  const distances: number[] = [];
  const errors: EvalError[] = [];
  let missed = 0;
  for (const [i, row] of selected.entries()) {
    const doc: SourceDoc = {
      origin: `${csvPath}:${i + 2}`, body: row['notes'] ?? '', format: 'text', language: 'en',
      published: toIsoDate(row['event_date'] ?? ''), source: row['source'] ?? null,
    };
    const event = pickEvent(extract(doc).events, true);
    const goldType = row['event_type'] ?? '';
    if (!event) missed++;
    scorer.confuse(goldType, event?.acled?.event_type ?? '(none)');
    scorer.add('event_type', event?.acled?.event_type === goldType);
    scorer.add('sub_event_type', event?.acled?.sub_event_type === row['sub_event_type']);
    if (event?.acled?.sub_event_type !== row['sub_event_type'] && errors.length < 500) {
      errors.push({
        id: row['event_id_cnty'] ?? String(i), gold: `${goldType} / ${row['sub_event_type'] ?? ''}`,
        predicted: event?.acled ? `${event.acled.event_type} / ${event.acled.sub_event_type}` : `(none) ${event?.type ?? ''}`,
        trigger: event?.evidence.trigger?.text ?? null, text: row['notes'] ?? '',
      });
    }
    scorer.add('actor1', sameActor(row['actor1'] ?? '', event?.actors[0]?.name));
    scorer.add('actor2', row['actor2'] ? sameActor(row['actor2'], event ? secondParty(event) : undefined) : null);
    const admin1 = event?.location?.admin1;
    scorer.add('admin1', row['admin1'] ? admin1 != null && normName(admin1) === normName(row['admin1']) : null);
    const lat = Number(row['latitude']);
    const lon = Number(row['longitude']);
    const loc = event?.location;
    if (loc && loc.lat !== null && loc.lon !== null && Number.isFinite(lat) && Number.isFinite(lon)) {
      const d = toKm(lat, lon, loc.lat, loc.lon);
      distances.push(d);
      scorer.add(`location_within_${km}km`, d <= km);
    } else scorer.add(`location_within_${km}km`, false);
    scorer.add('fatalities_exact', (event?.fatalities?.min ?? 0) === Number(row['fatalities'] ?? 0));
  }
  return {
    kind: 'acled', source: csvPath, records: selected.length, missed, fields: scorer.fields(), confusion: scorer.confusion,
    extra: { median_km: median(distances) }, rule: PICK_RULE, errors,
  };
}
