import type { CueSet } from '../../lexicon/triggers/index.js';
import type { Analysis, Mention, ResolvedPlace, Span } from '../../types.js';
import { hasAny, matchAt, type TokenKeys } from './token-keys.js';
import type { ActorMatch, Candidate, Side } from './types.js';

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG', 'GOVMIL']);
const NONSTATE_SECTORS = new Set(['REB', 'UAF', 'INS', 'SEP', 'IMG', 'PTYMIL', 'MILITIA']);
const CIVIL_SECTORS = new Set(['CVL', 'REF', 'JRN', 'MED', 'REL', 'EDU', 'BUS', 'LAB', 'AGR', 'HLH', 'ELI', 'PTY']);
const EXTERNAL_SECTORS = new Set(['IGO', 'NGO', 'IMG']);

/** Which side of a conflict an actor is on, from its ACLED inter code or, failing that, its sector. */
export function toSide(inter: number | null, sector: string | null): Side {
  if (inter !== null) {
    if (inter === 1) return 'state';
    if (inter >= 2 && inter <= 4) return 'nonstate';
    if (inter === 5) return 'rioters';
    if (inter === 6) return 'protesters';
    if (inter === 7) return 'civilian';
    if (inter === 8) return 'external';
  }
  const s = (sector ?? '').toUpperCase();
  if (STATE_SECTORS.has(s)) return 'state';
  if (NONSTATE_SECTORS.has(s)) return 'nonstate';
  if (CIVIL_SECTORS.has(s)) return 'civilian';
  if (EXTERNAL_SECTORS.has(s)) return 'external';
  return 'unknown';
}

/** Token index range covering a span (binary search on token starts). */
export function toTokenRange(analysis: Analysis, span: Span): [number, number] {
  const tokens = analysis.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.span[1] ?? 0) <= span[0]) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && (tokens[end]?.span[0] ?? Infinity) < span[1]) end++;
  return [lo, Math.max(end, lo + 1)];
}

function fromMatch(m: ActorMatch): Candidate {
  const e = m.entry;
  const inter = e?.acledInter ?? null;
  const sector = e?.sector ?? m.sector;
  return {
    text: m.text, span: m.span, tokens: m.tokens,
    name: e?.acledName ?? e?.name ?? m.text, nameAr: e?.nameAr ?? null, id: e?.id ?? null,
    country: e?.country ?? m.country, sector, inter, side: toSide(inter, sector), source: 'dictionary',
  };
}

const ACTOR_TYPES = new Set(['PER', 'ORG', 'NORP', 'TITLE']);

const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'several']);

function fromMention(analysis: Analysis, m: Mention): Candidate {
  const range = toTokenRange(analysis, m.span);
  // "a Palestinian", "two Syrians": a nationality used as a noun names people, not a state.
  const person = m.type === 'NORP' && INDEFINITE.has(analysis.tokens[range[0] - 1]?.norm ?? '');
  if (person) {
    return {
      text: m.text, span: m.span, tokens: range, name: m.text, nameAr: null, id: null, country: m.country ?? null,
      sector: 'CVL', inter: 7, side: 'civilian', source: 'mention',
    };
  }
  const sector = m.type === 'NORP' || m.type === 'TITLE' && m.country ? 'GOV' : null;
  return {
    text: m.text, span: m.span, tokens: toTokenRange(analysis, m.span), name: m.text, nameAr: null, id: m.ref ?? null,
    country: m.country ?? null, sector, inter: null, side: m.type === 'PER' ? 'unknown' : toSide(null, sector),
    source: 'mention', nisba: m.type === 'NORP' && m.country !== null && m.country !== undefined, person: m.type === 'PER',
  };
}

function fromPlace(analysis: Analysis, p: ResolvedPlace): Candidate {
  return {
    text: p.text, span: p.span, tokens: toTokenRange(analysis, p.span), name: p.place.name, nameAr: p.place.nameAr,
    id: null, country: p.place.country, sector: 'GOV', inter: null, side: 'state', source: 'place',
  };
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

const sentenceIndexCache = new WeakMap<Analysis, Int32Array>();

/** Sentence index of every token (computed once per analysis). */
function sentenceOf(analysis: Analysis, i: number): number {
  let map = sentenceIndexCache.get(analysis);
  if (!map) {
    map = new Int32Array(analysis.tokens.length).fill(-1);
    analysis.sentences.forEach((s, k) => map!.fill(k, s.tokens[0], s.tokens[1]));
    sentenceIndexCache.set(analysis, map);
  }
  return map[i] ?? -1;
}

function isEnglishAt(analysis: Analysis, i: number): boolean {
  return (analysis.sentences[sentenceOf(analysis, i)]?.language ?? analysis.article.language) === 'en';
}

function sentenceStartOf(analysis: Analysis, i: number): number {
  return analysis.sentences[sentenceOf(analysis, i)]?.tokens[0] ?? 0;
}

/** "MISRATA, Libya," — a country after a comma that follows another place locates it; it is not an actor. */
function isAppositivePlace(analysis: Analysis, p: ResolvedPlace, places: ResolvedPlace[]): boolean {
  const [from] = toTokenRange(analysis, p.span);
  const comma = analysis.tokens[from - 1];
  if (!comma || (comma.text !== ',' && comma.text !== '،')) return false;
  const before = analysis.tokens[from - 2];
  return before !== undefined && places.some((o) => o !== p && o.span[1] === before.span[1]);
}

const MERGEABLE = new Set(['dictionary', 'mention', 'place']);

/** Joins directly adjacent candidates (title + nisba + name: وزير الخارجية الفرنسي جان مارك أيرولت) into one. */
function mergeAdjacent(analysis: Analysis, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out.at(-1);
    const startsWithWaw = analysis.tokens[c.tokens[0]]?.prefixes[0] === 'و';
    // Arabic: a person's name ends its phrase (اتهم قنونو قوات حفتر: subject, then object).
    const closed = prev?.person === true && !isEnglishAt(analysis, c.tokens[0]);
    if (prev && prev.tokens[1] === c.tokens[0] && MERGEABLE.has(prev.source) && MERGEABLE.has(c.source) && !startsWithWaw && !closed) {
      const span: Span = [prev.span[0], c.span[1]];
      const person = [prev, c].find((x) => x.source === 'mention' && x.side === 'unknown' && x.sector === null);
      const known = [prev, c].find((x) => x.id !== null || x.inter !== null) ?? null;
      out[out.length - 1] = {
        ...(known ?? prev),
        text: analysis.article.text.slice(span[0], span[1]), span, tokens: [prev.tokens[0], c.tokens[1]],
        name: known?.name ?? person?.name ?? analysis.article.text.slice(span[0], span[1]),
        country: prev.country ?? c.country, sector: known?.sector ?? prev.sector ?? c.sector,
        side: known?.side ?? (prev.side !== 'unknown' ? prev.side : c.side),
        nisba: false, person: c.person === true && known === null,
      };
    } else out.push(c);
  }
  return out;
}

/**
 * "قوات X", "مسلحي X", "forces of X": a force head word and the words after it up to a preposition, a
 * coordinated word, punctuation or another head. A dictionary match inside lends its identity.
 */
function forcePhrases(
  analysis: Analysis,
  cues: CueSet,
  tk: TokenKeys,
  known: Candidate[],
  isStop: (i: number) => boolean,
  titleStarts: ReadonlySet<number>,
): Candidate[] {
  const out: Candidate[] = [];
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!titleStarts.has(i) && !hasAny(tk.keys[i], cues.forceHeads)) continue;
    let end = i + 1;
    while (!isEnglishAt(analysis, i) && end < tokens.length && end - i < 6) {
      const t = tokens[end];
      if (!t || (t.kind !== 'word' && t.kind !== 'latin') || t.prefixes.length > 0 || t.kind === 'latin' && analysis.article.language === 'ar') break;
      if (isStop(end) || hasAny(tk.keys[end], cues.complementizers)) break;
      if (matchAt(cues.prepositions, tk, end, end + 3).length > 0) break;
      end++;
    }
    const rightInner = known.find((c) => c.tokens[0] >= i && c.tokens[0] < end);
    const last = Math.max(end, rightInner ? rightInner.tokens[1] : end);
    // English modifiers come before the head: pro-Houthi forces, Saudi-led coalition, regime forces.
    let first = i;
    if (analysis.sentences.length > 0 && isEnglishAt(analysis, i)) {
      while (first > 0 && i - first < 5) {
        const t = tokens[first - 1];
        if (!t) break;
        const capital = /^[A-Z]/.test(t.text) && !(tk.keys[first - 1] ?? []).some((k) => cues.complementizers.has(k));
        const joiner = t.text === '-' || t.text === '‐';
        const modifier = (tk.keys[first - 1] ?? []).some((k) => cues.forceModifiers.has(k));
        if (!(capital || joiner || modifier) || (t.kind !== 'word' && !joiner)) break;
        if (capital && first - 1 === sentenceStartOf(analysis, first - 1)) break;
        first--;
      }
      while (first < i && tokens[first]?.text === '-') first++;
    }
    const span: Span = [tokens[first]?.span[0] ?? 0, tokens[last - 1]?.span[1] ?? 0];
    const inner = rightInner ?? known.find((c) => c.tokens[0] >= first && c.tokens[1] <= last && (c.country !== null || c.id !== null));
    const text = analysis.article.text.slice(span[0], span[1]);
    let side: Side = inner?.side ?? 'unknown';
    if (side === 'unknown') {
      const words = new Set<string>();
      for (let k = first; k < last; k++) for (const key of tk.keys[k] ?? []) words.add(key);
      if ([...words].some((w) => cues.nonstateWords.has(w))) side = 'nonstate';
      else if ([...words].some((w) => cues.stateWords.has(w))) side = 'state';
    }
    out.push({
      text, span, tokens: [first, last], name: inner?.name ?? text, nameAr: inner?.nameAr ?? null, id: inner?.id ?? null,
      country: inner?.country ?? null, sector: inner?.sector ?? null, inter: inner?.inter ?? null,
      side, source: inner ? inner.source : 'generic', armed: true, nisba: inner?.nisba === true,
    });
    i = last - 1;
  }
  return out;
}

/**
 * All actor candidates of a document, left to right, without overlaps: dictionary matches first, then force
 * phrases (قوات X), entity mentions (PER, ORG, NORP, TITLE), countries named as places, then generic nouns
 * (civilians, protesters, gunmen). Directly adjacent named pieces merge into one actor.
 */
export function collectCandidates(
  analysis: Analysis,
  actors: ActorMatch[],
  mentions: Mention[],
  places: ResolvedPlace[],
  cues: CueSet,
  tk: TokenKeys,
  isStop: (i: number) => boolean = () => false,
): Candidate[] {
  const named: Candidate[] = [];
  const take = (list: Candidate[], c: Candidate): void => {
    if (list.some((o) => overlaps(o.tokens, c.tokens))) return;
    list.push(c);
  };
  for (const m of [...actors].sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]))) take(named, fromMatch(m));
  for (const m of mentions) if (ACTOR_TYPES.has(m.type)) take(named, fromMention(analysis, m));
  for (const p of places) if (p.place.precision === 'country' && !isAppositivePlace(analysis, p, places)) take(named, fromPlace(analysis, p));
  named.sort((a, b) => a.tokens[0] - b.tokens[0]);
  const out: Candidate[] = [];
  const titleStarts = new Set(mentions.filter((m) => m.type === 'TITLE').map((m) => toTokenRange(analysis, m.span)[0]));
  for (const f of forcePhrases(analysis, cues, tk, named, isStop, titleStarts)) {
    const covered = named.filter((c) => c.tokens[0] >= f.tokens[0] && c.tokens[1] <= f.tokens[1]);
    if (named.some((c) => overlaps(c.tokens, f.tokens) && !covered.includes(c))) continue;
    take(out, f);
  }
  for (const c of named) take(out, c);
  analysis.tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    const keys = tk.keys[i];
    const side: Side | null = hasAny(keys, cues.protesterWords) ? 'protesters' : hasAny(keys, cues.civilianWords) ? 'civilian'
      : hasAny(keys, cues.stateWords) ? 'state' : hasAny(keys, cues.nonstateWords) ? 'nonstate' : hasAny(keys, cues.armedWords) ? 'unknown' : null;
    if (side === null) return;
    const sector = side === 'civilian' ? 'CVL' : side === 'protesters' ? 'CVL' : null;
    take(out, {
      text: t.text, span: t.span, tokens: [i, i + 1], name: t.text, nameAr: null, id: null, country: null, sector,
      inter: side === 'civilian' ? 7 : side === 'protesters' ? 6 : null, side, source: 'generic',
      armed: side === 'state' || side === 'nonstate' || side === 'unknown',
    });
  });
  const merged = mergeAdjacent(analysis, out.sort((a, b) => a.tokens[0] - b.tokens[0]));
  return addSurnames(analysis, tk, merged, titleStarts, cues);
}

/**
 * Later mentions of a person by surname alone (فائز السراج … السراج, Jean-Marc Ayrault … Ayrault) become
 * candidates with the full mention's identity.
 */
function addSurnames(analysis: Analysis, tk: TokenKeys, list: Candidate[], titleStarts: ReadonlySet<number>, cues: CueSet): Candidate[] {
  const people = new Map<string, Candidate>();
  const covered = new Uint8Array(analysis.tokens.length);
  for (const c of list) {
    for (let k = c.tokens[0]; k < c.tokens[1]; k++) covered[k] = 1;
    const person = c.source === 'mention' && (c.sector === null || titleStarts.has(c.tokens[0])) && c.tokens[1] - c.tokens[0] >= 2;
    if (!person) continue;
    const last = analysis.tokens[c.tokens[1] - 1];
    if (!last || last.kind === 'punct' || last.stem.length < 3) continue;
    const key = last.stem;
    if (cues.forceHeads.has(key) || cues.civilianWords.has(key) || cues.stateWords.has(key)) continue;
    if (!people.has(key)) people.set(key, { ...c, surname: key });
  }
  if (people.size === 0) return list;
  const extra: Candidate[] = [];
  analysis.tokens.forEach((t, i) => {
    if (covered[i] || t.kind === 'punct') return;
    let who: Candidate | undefined;
    for (const k of tk.keys[i] ?? []) if ((who = people.get(k)) !== undefined) break;
    if (!who || who.tokens[0] > i) return;
    extra.push({ ...who, text: t.text, span: t.span, tokens: [i, i + 1], source: 'mention' });
  });
  return [...list, ...extra].sort((a, b) => a.tokens[0] - b.tokens[0]);
}
