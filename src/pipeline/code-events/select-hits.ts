import type { CueSet } from '../../lexicon/triggers/index.js';
import type { Analysis } from '../../types.js';
import { lastMatch, matchAt, type TokenKeys } from './token-keys.js';
import type { TriggerHit } from './types.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'two', 'several']);

function endsAt(cues: CueSet, tk: TokenKeys, at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    for (const m of matchAt(cues.topicPrepositions, tk, k, at)) if (m.to === at) return true;
  }
  return false;
}

const OBJECT_GAP = 4;
/** The first object may sit after a VSO subject (رحب وزير الخارجية الفرنسي جان مارك أيرولت بطلب …). */
const FIRST_OBJECT_GAP = 9;

function hasPunct(analysis: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (analysis.tokens[k]?.kind === 'punct') return true;
  return false;
}

const EN_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);

function isDefinite(analysis: Analysis, hit: TriggerHit): boolean {
  const t = analysis.tokens[hit.from];
  if (!t) return false;
  if (analysis.sentences[hit.sentence]?.language === 'en') return EN_DETERMINERS.has(analysis.tokens[hit.from - 1]?.norm ?? '');
  if (t.definite || t.norm.startsWith('ال') || t.suffix !== null) return true;
  // إضافة: a noun before a definite word is definite (إصابة الجنود، تحرير المدينة).
  const next = analysis.tokens[hit.to];
  return next !== undefined && next.kind === 'word' && (next.definite || next.norm.startsWith('ال'));
}

/** Marks nouns that refer to an earlier event: after a demonstrative, or definite after a background word. */
function markBackground(analysis: Analysis, cues: CueSet, tk: TokenKeys, hit: TriggerHit): void {
  if (hit.pos === 'verb') {
    if (lastMatch(cues.backgroundVerbs, tk, Math.max(hit.clause[0], hit.from - 2), hit.from)) hit.reference = 'background';
    return;
  }
  const prevKeys = tk.keys[hit.from - 1] ?? [];
  if (prevKeys.some((k) => cues.demonstratives.has(k))) {
    hit.reference = 'background';
    return;
  }
  if (!isDefinite(analysis, hit)) return;
  const from = Math.max(hit.clause[0], hit.from - 3);
  if (lastMatch(cues.background, tk, from, hit.from)) hit.reference = 'background';
}

/** In a merge, the mode kept: remote violence beats a clash, a clash beats direct fire and shelling by one side. */
const MODE_RANK: Record<string, number> = { chemical: 9, 'suicide-attack': 8, drone: 7.5, aerial: 7, explosives: 6, clash: 5.5, grenade: 5.4, 'heavy-weapons': 5, occupy: 4, firearms: 3, riot: 2, mob: 2.5, obstruct: 1.5, demo: 1, 'sit-in': 1, kill: 0.5 };

/**
 * Turns raw hits of one sentence into event hits: background references and objects of reactions become
 * references; outcome words (killed, wounded) yield to a real attack trigger; same-type triggers of one clause
 * with compatible modes merge into the strongest.
 */
export function selectHits(analysis: Analysis, cues: CueSet, tk: TokenKeys, hits: TriggerHit[]): TriggerHit[] {
  for (const h of hits) markBackground(analysis, cues, tk, h);
  // "protested against the detention", "demonstration against the arrest": a later noun after a topic
  // preposition is what the earlier event is about.
  hits.forEach((h, k) => {
    if (k === 0 || h.reference || h.pos === 'verb') return;
    if (!hits.slice(0, k).some((e) => !e.reference)) return;
    let at = h.from;
    while (at > h.clause[0] && at > h.from - 3 && (tk.keys[at - 1] ?? []).some((x) => DETERMINERS.has(x))) at--;
    if (lastMatch(cues.topicPrepositions, tk, Math.max(0, at - 3), at) && endsAt(cues, tk, at)) h.reference = 'object';
  });
  for (const r of hits) {
    if (!r.sense.flags.has('reaction') || r.reference) continue;
    // The object is the first noun trigger right after the reaction, and nouns chained right after that one
    // (رحب بطلب الحكومة المساعدة الدولية: the request and the aid are both what is welcomed).
    let edge = r.to;
    for (const o of hits) {
      if (o === r || o.from < r.to || o.pos === 'verb' || o.clause !== r.clause) continue;
      if (o.from - edge > (edge === r.to ? FIRST_OBJECT_GAP : OBJECT_GAP) || hasPunct(analysis, edge, o.from)) break;
      if (o.reference) continue;
      o.reference = 'object';
      r.objects.push(o);
      edge = o.to;
    }
  }
  // Mines and bombs named after a clearing or seizure (نزعت الفرق الهندسية … الألغام والعبوات الناسفة) are its object.
  for (const d of hits) {
    if (d.reference || !d.sense.flags.has('disrupted-weapons')) continue;
    for (const o of hits) if (o.from > d.from && o.pos !== 'verb' && o.sense.type === 'ASSAULT' && !o.reference) o.reference = 'object';
  }
  const live = hits.filter((h) => !h.reference);
  // Outcome words (killed, wounded, destroyed) describe the attack of their sentence, not a second event.
  const hasAttack = live.some((h) => h.sense.type === 'ASSAULT' && !h.sense.flags.has('outcome'));
  const kept = live.filter((h) => !(hasAttack && h.sense.flags.has('outcome')));
  const out: TriggerHit[] = [];
  for (const h of kept) {
    const same = out.find((o) => o.clause === h.clause && o.sense.type === h.sense.type && compatible(o.mode, h.mode));
    if (!same) {
      out.push(h);
      continue;
    }
    const better = (MODE_RANK[h.mode ?? ''] ?? 0) > (MODE_RANK[same.mode ?? ''] ?? 0);
    if (better) same.mode = h.mode;
    if (h.sense.strength > same.sense.strength && better) {
      same.sense = h.sense;
    }
  }
  return [...out, ...hits.filter((h) => h.reference)];
}

function compatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const protest = new Set(['demo', 'riot', 'sit-in', 'mob', 'obstruct']);
  if (protest.has(a) && protest.has(b)) return true;
  const weak = new Set(['kill', 'firearms', 'clash', 'heavy-weapons']);
  const remote = new Set(['aerial', 'drone', 'heavy-weapons', 'explosives', 'suicide-attack', 'grenade', 'kill', 'firearms', 'chemical', 'clash']);
  return remote.has(a) && remote.has(b) && (weak.has(a) || weak.has(b));
}
