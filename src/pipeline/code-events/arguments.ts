import type { CueSet } from '../../lexicon/triggers/index.js';
import type { Analysis, EventActor } from '../../types.js';
import { matchAt, type TokenKeys } from './token-keys.js';
import type { Candidate, TriggerHit } from './types.js';

const PREP_CLITICS = new Set(['ب', 'ل', 'ك']);
const EN_PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get']);

export interface Arguments {
  actors: Candidate[];
  recipients: Candidate[];
}

export interface ArgumentContext {
  analysis: Analysis;
  tk: TokenKeys;
  cues: CueSet;
  candidates: Candidate[];
  /** Last explicit subject in the paragraph: pro-drop verbs and pronoun suffixes continue it. */
  carried: Candidate[];
  /**
   * Token index of the reporting cue when `carried` is a speaker (null for a subject of an act). A speaker only
   * continues into statements after the cue: it never becomes the actor of a material act it reports.
   */
  carriedSpeakerAt?: number | null;
  /** English country name of an ISO3 code, to name a state met only as a nisba or demonym. */
  countryName?: (iso3: string) => string | null;
  /** A demonym token as a state candidate ("US" in "US air strikes") when no other stage marked it. */
  demonymAt?: (i: number) => Candidate | null;
}

const MATERIAL_QUADS = new Set([2, 4]);

/** The carried subject a trigger may continue (see `carriedSpeakerAt`). */
function carriedFor(ctx: ArgumentContext, hit: TriggerHit): Candidate[] {
  const at = ctx.carriedSpeakerAt ?? null;
  if (at === null) return ctx.carried;
  return MATERIAL_QUADS.has(hit.sense.quad) || hit.from < at ? [] : ctx.carried;
}

/**
 * A state met only as a nisba or demonym (الغارات الأميركية, US air strikes) is named by its country, with a
 * sector from the act: forces for material conflict, the government otherwise.
 */
function toStateActor(ctx: ArgumentContext, c: Candidate, hit: TriggerHit): Candidate {
  if (!c.nisba || c.country === null || c.id !== null) return c;
  const name = ctx.countryName?.(c.country) ?? null;
  if (!name) return c;
  const sector = hit.sense.quad === 4 ? 'MIL' : 'GOV';
  return { ...c, name, sector, side: 'state', nameAr: toNisbaPhrase(c.text, sector) };
}

const NISBA_HEADS: Record<string, string> = { MIL: 'القوات', GOV: 'الحكومة' };

/** "أميركية" / "الأميركي" → "القوات الأميركية": the head noun with the definite feminine adjective. */
function toNisbaPhrase(text: string, sector: string): string | null {
  const head = NISBA_HEADS[sector];
  if (!head || !/^[\u0600-\u06ff]+$/.test(text)) return null;
  let stem = text.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?/, '');
  if (/(?:ون|ين)$/.test(stem)) return null;
  if (!stem.endsWith('ة')) stem += 'ة';
  return `${head} ال${stem}`;
}

/** The preposition role marking a candidate: from a preceding word or phrase, or an Arabic proclitic. */
export function markerOf(ctx: ArgumentContext, c: Candidate): string | null {
  const start = c.tokens[0];
  for (let k = Math.max(0, start - 3); k < start; k++) {
    for (const m of matchAt(ctx.cues.prepositions, ctx.tk, k, start)) if (m.to === start) return m.value;
  }
  // "على مواقع X", "on positions of X": a target preposition one or two plain nouns before the candidate.
  for (let gap = 1; gap <= 2; gap++) {
    const at = start - gap;
    const between = ctx.analysis.tokens.slice(at, start);
    if (between.some((t) => t.kind !== 'word' || t.prefixes.includes('و'))) break;
    for (let k = Math.max(0, at - 3); k < at; k++) {
      for (const m of matchAt(ctx.cues.prepositions, ctx.tk, k, at)) if (m.to === at && m.value === 'target') return 'target';
    }
  }
  const first = ctx.analysis.tokens[start];
  if (first && first.prefixes.some((p) => PREP_CLITICS.has(p))) return first.prefixes.includes('ب') ? 'place' : 'other';
  return null;
}

function inRange(c: Candidate, from: number, to: number): boolean {
  return c.tokens[0] >= from && c.tokens[1] <= to;
}

/** Candidates coordinated with `first` by و / and / commas right after it. */
function withCoordinated(ctx: ArgumentContext, first: Candidate, pool: Candidate[]): Candidate[] {
  const out = [first];
  let last = first;
  for (const c of pool) {
    if (c.tokens[0] < last.tokens[1] || c === first) continue;
    const gap = c.tokens[0] - last.tokens[1];
    const joinTok = ctx.analysis.tokens[c.tokens[0]];
    const between = ctx.analysis.tokens[last.tokens[1]];
    const joined = (gap === 0 && joinTok?.prefixes[0] === 'و') ||
      (gap === 1 && (between?.norm === 'and' || between?.norm === ',' || between?.norm === 'و'));
    if (!joined) break;
    out.push(c);
    last = c;
  }
  return out;
}

function subjectAfter(ctx: ArgumentContext, at: number, end: number, maxGap: number): Candidate | null {
  for (const c of ctx.candidates) {
    if (c.tokens[0] < at) continue;
    if (c.tokens[0] >= end || c.tokens[0] - at > maxGap) return null;
    const marker = markerOf(ctx, c);
    if (marker === null) return c;
  }
  return null;
}

function subjectBefore(ctx: ArgumentContext, from: number, at: number): Candidate | null {
  let best: Candidate | null = null;
  for (const c of ctx.candidates) {
    if (c.tokens[1] > at) break;
    if (c.tokens[0] < from) continue;
    if (markerOf(ctx, c) === null) best = c;
  }
  return best;
}

function objectAfter(ctx: ArgumentContext, at: number, end: number, exclude: Candidate[], markers: string[]): Candidate[] {
  const pool = ctx.candidates.filter((c) => inRange(c, at, end) && !exclude.includes(c));
  for (const c of pool) {
    const m = markerOf(ctx, c);
    if ((m === null && markers.includes('direct')) || (m !== null && markers.includes(m))) return withCoordinated(ctx, c, pool);
  }
  return [];
}

function betweenParties(ctx: ArgumentContext, at: number, end: number): Candidate[] {
  const pool = ctx.candidates.filter((c) => inRange(c, at, end));
  for (const c of pool) {
    if (markerOf(ctx, c) === 'between') return withCoordinated(ctx, c, pool.filter((p) => p !== c)).length > 1
      ? withCoordinated(ctx, c, pool)
      : [c, ...pool.filter((p) => p !== c && p.tokens[0] - c.tokens[1] <= 2)].slice(0, 2);
  }
  return [];
}

function agentAfter(ctx: ArgumentContext, at: number, end: number): Candidate | null {
  return ctx.candidates.find((c) => inRange(c, at, end) && markerOf(ctx, c) === 'agent') ?? null;
}

/** Start of the clause proper: after a reporting complementizer (أن / that) if one precedes the trigger. */
function argumentStart(ctx: ArgumentContext, hit: TriggerHit): number {
  for (let k = hit.from - 1; k >= hit.clause[0]; k--) {
    const keys = ctx.tk.keys[k] ?? [];
    if (keys.some((x) => ctx.cues.complementizers.has(x))) return k + 1;
  }
  return hit.clause[0];
}

/**
 * Finds the actors and recipients of one trigger by position: VSO/SVO subjects for verbs, support-verb subjects,
 * agents and possessors for verbal nouns, prepositional targets and partners, parties "between A and B".
 */
export function findArguments(ctx: ArgumentContext, hit: TriggerHit): Arguments {
  const { analysis } = ctx;
  const language = analysis.sentences[hit.sentence]?.language ?? analysis.article.language;
  const start = argumentStart(ctx, hit);
  const end = hit.clause[1];
  const twoSided = hit.sense.flags.has('two-sided');
  let actors: Candidate[] = [];
  let recipients: Candidate[] = [];
  const parties = twoSided ? betweenParties(ctx, hit.to, end) : [];
  const prev = analysis.tokens[hit.from - 1]?.norm ?? '';
  const byNext = analysis.tokens[hit.to]?.norm === 'by';
  const passive = language === 'en'
    ? EN_PASSIVE.has(prev) || (EN_PASSIVE.has(analysis.tokens[hit.from - 2]?.norm ?? '') && prev.endsWith('ly')) || (hit.pos === 'verb' && byNext)
    : false;

  const verbLike = hit.pos === 'verb' || (language === 'en' && hit.pos === 'phrase' && passive);
  if (verbLike && hit.governor === null) {
    if (language === 'ar') {
      const after = subjectAfter(ctx, hit.to, end, 2);
      const isPassiveLike = hit.sense.flags.has('passive-prone') && after !== null && (after.side === 'civilian' || after.source === 'generic');
      if (after && !isPassiveLike) actors = [after];
      else {
        const before = subjectBefore(ctx, start, hit.from);
        if (before) actors = withCoordinated(ctx, before, ctx.candidates.filter((c) => inRange(c, start, hit.from)));
        if (isPassiveLike && after) recipients = withCoordinated(ctx, after, ctx.candidates);
      }
    } else if (passive) {
      const agent = agentAfter(ctx, hit.to, end);
      if (agent) actors = [agent];
      const patient = subjectBefore(ctx, start, hit.from);
      if (patient) recipients = [patient];
    } else {
      const before = subjectBefore(ctx, start, hit.from);
      if (before) actors = withCoordinated(ctx, before, ctx.candidates.filter((c) => inRange(c, start, hit.from)));
    }
  } else {
    const gov = hit.governor;
    // A reporting verb used as support (أعلن السراج عن طلب ليبيا) yields to the noun's own genitive agent.
    const reportingGov = gov !== null && matchAt(ctx.cues.reporting, ctx.tk, gov, gov + 1).length > 0;
    const ownAgent = language === 'ar' && reportingGov && !hit.sense.flags.has('genitive-object')
      ? ctx.candidates.find((c) => c.tokens[0] === hit.to && markerOf(ctx, c) === null && c.side !== 'civilian')
      : undefined;
    if (ownAgent) actors = [ownAgent];
    else if (gov !== null) {
      const s = language === 'ar' ? subjectAfter(ctx, gov + 1, hit.from, 3) ?? subjectBefore(ctx, start, gov) : subjectBefore(ctx, start, gov);
      if (s) actors = [s];
    }
    if (actors.length === 0) {
      const agent = agentAfter(ctx, hit.to, end);
      if (agent) actors = [agent];
    }
    const ownSuffix = analysis.tokens[hit.from]?.suffix ?? null;
    const genitive = language === 'ar' ? ctx.candidates.find((c) => c.tokens[0] === hit.to && markerOf(ctx, c) === null) : undefined;
    const definite = analysis.tokens[hit.from]?.definite ?? false;
    if (genitive && hit.sense.flags.has('genitive-object')) recipients = [genitive];
    else if (actors.length === 0 && ownSuffix === null) {
      // Arabic: the agent follows the verbal noun (غارات أميركية، قصف قوات النظام) or directly precedes it
      // (إعلان القوات السيطرة); English: it precedes (Israeli airstrikes).
      const poss = language === 'ar'
        ? genitive ?? (definite ? ctx.candidates.find((c) => c.tokens[1] === hit.from && markerOf(ctx, c) === null) : undefined)
        : ctx.candidates.find((c) => c.tokens[1] <= hit.from && c.tokens[1] >= hit.from - 1) ?? ctx.demonymAt?.(hit.from - 1) ?? undefined;
      if (poss && !parties.includes(poss)) actors = [poss];
    }
    if (actors.length === 0 && language === 'en' && hit.pos === 'phrase') {
      const before = subjectBefore(ctx, start, hit.from);
      if (before) actors = [before];
    }
  }
  if (parties.length > 0) actors = [...actors, ...parties.filter((p) => !actors.includes(p))];
  const recipientMarkers = hit.pos === 'verb' ? ['target', 'partner', 'direct'] : ['target', 'partner'];
  const object = hit.objects[0];
  if (object && recipients.length === 0) {
    // A reaction's recipient is the party its object names: رحب بطلب الحكومة → the government.
    const own = language === 'ar'
      ? ctx.candidates.find((c) => c.tokens[0] === object.to)
      : ctx.candidates.find((c) => c.tokens[1] === object.from || c.tokens[0] === object.to + 1);
    if (own) recipients = [own];
  }
  if (recipients.length === 0 && !twoSided) recipients = objectAfter(ctx, hit.to, end, actors, recipientMarkers);
  if (twoSided && actors.length < 2 && recipients.length === 0) {
    recipients = objectAfter(ctx, hit.to, end, actors, ['partner', 'target']);
  }
  if (actors.length === 0) {
    const pronoun = analysis.tokens[hit.from]?.suffix !== null && analysis.tokens[hit.from]?.suffix !== undefined;
    const verbal = hit.sense.quad === 1 || hit.sense.quad === 3;
    if (hit.pos === 'verb' || pronoun || hit.governor !== null || verbal) actors = carriedFor(ctx, hit).filter((c) => !recipients.includes(c));
  } else if ((hit.pos === 'verb' || hit.governor !== null) && actors.some((a) => a.source !== 'generic')) {
    ctx.carried = actors.filter((a) => a.source !== 'generic');
    ctx.carriedSpeakerAt = null;
  }
  recipients = recipients.filter((r) => !actors.includes(r));
  if (hit.sense.type === 'ASSAULT' || hit.sense.type === 'COERCE') {
    // Civilians are the victims of violence, never its perpetrators (mob violence is coded as PROTEST).
    const victims = actors.filter((a) => a.side === 'civilian');
    if (victims.length > 0) {
      actors = actors.filter((a) => a.side !== 'civilian');
      recipients = [...victims, ...recipients.filter((r) => !victims.includes(r))];
    }
  }
  return { actors: actors.map((a) => toStateActor(ctx, a, hit)), recipients: recipients.map((r) => toStateActor(ctx, r, hit)) };
}

/** Converts a candidate to the event's actor shape. */
export function toEventActor(c: Candidate): EventActor {
  return {
    text: c.text, name: c.name, name_ar: c.nameAr, id: c.id, country: c.country, sector: c.sector,
    acled_inter: c.inter, span: c.span,
  };
}
