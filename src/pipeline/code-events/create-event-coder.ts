import { loadOntology, loadTriggerLexicon, type Ontology, type TriggerLexicon } from '../../lexicon/triggers/index.js';
import type { ActorEntry, Analysis, Language, MarsadEvent, Recognition, ResolvedPlace, Span, TimeExpression } from '../../types.js';
import { isLatinName, loadDemonyms, toLatinKey } from '../../geo/index.js';
import { toAcled } from './acled.js';
import { findArguments, toEventActor, type ArgumentContext } from './arguments.js';
import { findSpeakers, toAttributionChain, type Speaker } from './attribution.js';
import { collectCandidates, toTokenRange } from './candidates.js';
import { scoreEvent } from './confidence.js';
import { findTriggers } from './find-triggers.js';
import { toEventId } from './ids.js';
import { pickNearestPlace, toEventLocation, toLocalSpans } from './location.js';
import { findModality, isQuestion } from './modality.js';
import { toNotes } from './notes.js';
import { selectHits } from './select-hits.js';
import { applyParagraphContext, attachCasualties, isTotalNoun, linkReactions, type Built } from './post-process.js';
import { corroborated } from './corroborate.js';
import { hasOutcomeVeto, isDeniedAfter, markContext } from './context.js';
import { mergeDuplicates } from './merge.js';
import { hasAny, toTokenKeys } from './token-keys.js';
import type { ActorMatch, Candidate, LocationPicker, TriggerHit } from './types.js';
import { isUncertainOutcome, pickDate, pickQuantities, toFatalities } from './when.js';

export interface EventCoderOptions {
  /** Trigger lexicons per language (default: data/lexicon/<lang>/triggers, with `userDir` layered on top). */
  triggers?: Partial<Record<Language, TriggerLexicon>>;
  ontology?: Ontology;
  /** User override directory with lexicon/<lang>/triggers/*.yaml. */
  userDir?: string;
  /** Event location picker (pass the geocode stage's `pickEventLocation`); default: nearest specific place. */
  pickLocation?: LocationPicker;
  /** The actor dictionary (src/lexicon/actors); matches arrive in the input, this is kept for id look-ups. */
  actors?: { byId(id: string): ActorEntry | undefined };
  /** Keep events whose modality is negated/hypothetical (default true: they are marked, not dropped). */
  keepNonAsserted?: boolean;
}

export interface EventCoderInput {
  analysis: Analysis;
  recognition: Recognition;
  places: ResolvedPlace[];
  actors: ActorMatch[];
}


const VERBAL_QUADS = new Set([1, 3]);
/** Days before publication after which an explicitly dated material event is history, not news. */
const BACKGROUND_DAYS = 21;

/** Days from each dated time expression of a span to the publication date (negative: after publication). */
function datedDays(times: TimeExpression[], span: Span, published: string | null): number[] {
  const pub = published ? Date.parse(published.slice(0, 10)) : Number.NaN;
  if (Number.isNaN(pub)) return [];
  const out: number[] = [];
  for (const t of times) {
    if (!t.value || t.span[0] < span[0] || t.span[1] > span[1]) continue;
    const at = Date.parse((t.end ?? t.value).slice(0, 10));
    if (!Number.isNaN(at)) out.push((pub - at) / 86_400_000);
  }
  return out;
}

function insideTime(analysis: Analysis, times: TimeExpression[], hit: TriggerHit): boolean {
  const start = analysis.tokens[hit.from]?.span[0] ?? -1;
  return times.some((t) => start >= t.span[0] && start < t.span[1]);
}

function isFutureEvent(event: MarsadEvent, published: string | null): boolean {
  const d = event.date;
  if (!published || !d?.value || d.basis === 'publication-date' || d.basis === 'unknown') return false;
  const at = Date.parse(d.value.slice(0, 10));
  const pub = Date.parse(published.slice(0, 10));
  return !Number.isNaN(at) && !Number.isNaN(pub) && at > pub;
}

function isPastEvent(event: MarsadEvent, published: string | null, quad: number): boolean {
  if (quad !== 4 && quad !== 2) return false;
  const d = event.date;
  if (!published || !d || d.basis === 'publication-date' || d.basis === 'unknown' || !d.value) return false;
  const end = Date.parse((d.end ?? d.value).slice(0, 10));
  const pub = Date.parse(published.slice(0, 10));
  if (Number.isNaN(end) || Number.isNaN(pub)) return false;
  return (pub - end) / 86_400_000 > BACKGROUND_DAYS;
}

function speakerCandidate(candidates: Candidate[], sp: Speaker): Candidate | null {
  const range = sp.tokens;
  if (!range) return null;
  const inside = candidates.filter((c) => c.tokens[0] >= range[0] && c.tokens[1] <= range[1]);
  return inside.find((c) => c.source === 'mention' && c.sector === null) ?? inside.at(-1) ?? null;
}

function sentenceSpanOf(analysis: Analysis, i: number): Span {
  return analysis.sentences[i]?.span ?? [0, 0];
}

/**
 * Creates the event coder: loads triggers and ontology once; the returned function codes one analysed report
 * into schema-valid events (PLOVER type/mode/context, ACLED type and sub-type, CAMEO and quad class, actors,
 * place, date, counts, attribution, modality, notes, confidence and stable ids).
 */
export function createEventCoder(options: EventCoderOptions = {}): (input: EventCoderInput) => MarsadEvent[] {
  const ontology = options.ontology ?? loadOntology();
  const lexicons: Record<Language, TriggerLexicon> = {
    ar: options.triggers?.ar ?? loadTriggerLexicon('ar', { userDir: options.userDir, ontology }),
    en: options.triggers?.en ?? loadTriggerLexicon('en', { userDir: options.userDir, ontology }),
  };
  const pickLocation = options.pickLocation ?? pickNearestPlace;
  const keepNonAsserted = options.keepNonAsserted ?? true;
  const demonyms = loadDemonyms();
  const countries = new Map([...demonyms.values()].map((d) => [d.iso3, d.country]));
  const countryName = (iso3: string): string | null => countries.get(iso3) ?? null;

  return ({ analysis, recognition, places, actors }) => {
    const article = analysis.article;
    const tk = toTokenKeys(analysis.tokens);
    const docCues = lexicons[article.language].cues;
    const docTriggers = lexicons[article.language].triggers;
    const isTriggerWord = (i: number): boolean => hasAny(tk.keys[i], docTriggers);
    const candidates = collectCandidates(analysis, actors, recognition.mentions, places, docCues, tk, isTriggerWord);
    const named = new Int32Array(analysis.tokens.length).fill(-1);
    for (const c of candidates) if (c.source !== 'generic') for (let k = c.tokens[0]; k < c.tokens[1]; k++) named[k] = c.tokens[1];
    const placeStarts = new Set<number>();
    for (const p of [...places, ...recognition.mentions.filter((m) => m.type === 'LOC' || m.type === 'FAC')]) {
      placeStarts.add(toTokenRange(analysis, p.span)[0]);
    }
    const env = {
      placeAt: (i: number) => placeStarts.has(i),
      namedEnd: (i: number) => ((named[i] ?? -1) >= 0 ? (named[i] ?? null) : null),
    };
    const built: Built[] = [];
    const references: TriggerHit[] = [];
    let previousSpeaker: Speaker | null = null;
    let paragraph = -1;
    const demonymAt = (i: number): Candidate | null => {
      const t = analysis.tokens[i];
      const d = t && t.kind === 'word' && isLatinName(t.text) && /^[A-Z]/.test(t.text) ? demonyms.get(toLatinKey(t.text)) : undefined;
      if (!t || !d || candidates.some((c) => c.tokens[0] <= i && i < c.tokens[1])) return null;
      return {
        text: t.text, span: t.span, tokens: [i, i + 1], name: t.text, nameAr: null, id: null, country: d.iso3, sector: 'GOV',
        inter: null, side: 'state', source: 'mention', nisba: true,
      };
    };
    const ctx: ArgumentContext = { analysis, tk, cues: docCues, candidates, carried: [], carriedSpeakerAt: null, countryName, demonymAt };
    const outcomeVeto = hasOutcomeVeto(docCues, tk, analysis.tokens.length);

    analysis.sentences.forEach((sentence, si) => {
      const lexicon = lexicons[sentence.language];
      ctx.cues = lexicon.cues;
      if (sentence.paragraph !== paragraph) {
        paragraph = sentence.paragraph;
        ctx.carried = [];
        ctx.carriedSpeakerAt = null;
      }
      const raw = findTriggers(analysis, si, lexicon, tk, env);
      const inTrigger = (i: number): boolean => raw.some((h) => i >= h.from && i < h.to);
      const speakers = findSpeakers(analysis, lexicon.cues, tk, si, previousSpeaker, inTrigger);
      previousSpeaker = speakers.at(-1) ?? previousSpeaker;
      // A named speaker is the subject that pro-drop verbs continue (قال السراج … ورفض …).
      const speakerActors = speakers.map((sp) => speakerCandidate(candidates, sp));
      const lastSpeakerActor = speakerActors.filter((c): c is Candidate => c !== null).at(-1);
      if (lastSpeakerActor) {
        ctx.carried = [lastSpeakerActor];
        ctx.carriedSpeakerAt = speakers[speakerActors.lastIndexOf(lastSpeakerActor)]?.at ?? null;
      }
      if (isQuestion(analysis, lexicon.cues, tk, si)) return;
      // A trigger word inside a name (هيئة تحرير الشام, Operation Olive Branch) is part of the name.
      // A trigger word inside a time expression is a time (فجر الجمعة "at dawn on Friday"), not an act.
      const timed = raw.filter((h) => !insideTime(analysis, recognition.times, h));
      const unnamed = timed.filter((h) => !candidates.some((c) => c.source !== 'generic' && c.source !== 'place' && c.tokens[0] < h.from && h.to <= c.tokens[1]));
      const dropped = markContext(analysis, sentence, lexicon.cues, tk, unnamed, env.placeAt);
      const selected = selectHits(analysis, lexicon.cues, tk, unnamed.filter((h) => !dropped.has(h)));
      for (const h of selected) {
        // A definite noun repeating an event type already coded in this report is a reference to it (الهجوم).
        if (h.reference || h.pos === 'verb' || h.governor !== null || !analysis.tokens[h.from]?.definite) continue;
        if (built.some((b) => b.event.type === h.sense.type && (b.event.mode === h.mode || h.mode === null || h.sense.quad === 4))) h.reference = 'background';
      }
      const hits = selected.filter((h) => h.reference || corroborated(h, sentence, candidates, recognition.quantities, selected, lexicon, tk, env.placeAt, outcomeVeto));
      const live = hits.filter((h) => !h.reference);
      const previous = built.filter((b) => b.paragraph === sentence.paragraph && b.hit.sense.quad === 4).at(-1);
      if (previous && live.every((h) => h.sense.flags.has('outcome'))) {
        // A follow-up sentence with only casualties ("Several soldiers were killed in the attack") adds its
        // counts to the paragraph's last material event instead of becoming an event of its own.
        attachCasualties(previous.event, recognition.quantities, sentence.span, lexicon);
        return;
      }
      if (raw.length === 0) return;
      const materialInSentence = hits.filter((h) => !h.reference && h.sense.quad === 4).length;
      for (const hit of hits) {
        if (hit.reference) {
          references.push(hit);
          continue;
        }
        const found = findModality(analysis, lexicon, tk, hit);
        const modality = found === 'asserted' && isDeniedAfter(lexicon.cues, tk, hit, sentence) ? 'negated' : found;
        if (!keepNonAsserted && modality !== 'asserted' && modality !== 'reported-claim') continue;
        const args = findArguments(ctx, hit);
        if (args.actors.length === 0 && VERBAL_QUADS.has(hit.sense.quad)) {
          // A statement with no explicit subject is the speaker's own.
          const k = speakers.findLastIndex((sp) => sp.at < hit.from);
          const own = k >= 0 ? speakerActors[k] : null;
          if (own) args.actors = [own];
        }
        const event = buildEvent(analysis, recognition, places, hit, args.actors, args.recipients, modality, speakers,
          materialInSentence === 1, pickLocation, ontology, lexicon);
        const sentenceDays = datedDays(recognition.times, sentence.span, article.published);
        if (event.modality === 'asserted' && sentenceDays.length > 0 && sentenceDays.every((d) => d < 0) && isFutureEvent(event, article.published)) {
          // Dated after the report (الإضراب العام الأربعاء المقبل): announced, not yet happened.
          event.modality = 'future';
          event.acled = null;
          if (event.reasons) event.reasons['acled'] = 'modality future: not coded as a fact';
        }
        if (sentenceDays.length > 0 && sentenceDays.every((d) => d > BACKGROUND_DAYS) && isPastEvent(event, article.published, hit.sense.quad)) {
          // A material event dated in its own sentence well before the report is background (in July 2014…).
          hit.reference = 'background';
          references.push(hit);
          continue;
        }
        built.push({ event, hit, actors: args.actors, recipients: args.recipients, paragraph: sentence.paragraph });
      }
    });
    linkReactions(built, references);
    applyParagraphContext(built, ontology);
    const { kept, replaced } = mergeDuplicates(built);
    const absorbed = new Set(replaced.values());
    for (const b of kept) if (absorbed.has(b.event.id)) b.event.notes = toNotes(b.event, ontology.notes);
    return kept.map((b) => b.event);
  };
}

function buildEvent(
  analysis: Analysis,
  recognition: Recognition,
  places: ResolvedPlace[],
  hit: TriggerHit,
  actors: Candidate[],
  recipients: Candidate[],
  modality: MarsadEvent['modality'] & string,
  speakers: Speaker[],
  shareSentence: boolean,
  pickLocation: LocationPicker,
  ontology: Ontology,
  lexicon: TriggerLexicon,
): MarsadEvent {
  const article = analysis.article;
  const first = analysis.tokens[hit.from];
  const last = analysis.tokens[hit.to - 1];
  const triggerSpan: Span = [first?.span[0] ?? 0, last?.span[1] ?? 0];
  const sentence = analysis.sentences[hit.sentence];
  const sentenceSpan = sentenceSpanOf(analysis, hit.sentence);
  const reasons: Record<string, string> = {};
  // The trigger's own clause first (strikes بمدينة سرت, not the district taken in the next clause), then the
  // sentence, then whatever the picker falls back to (the document focus).
  const scope = [...toLocalSpans(analysis, hit), sentenceSpan].find((span) => places.some((p) => p.span[0] >= span[0] && p.span[1] <= span[1]));
  const picked = pickLocation(places, scope ?? sentenceSpan, triggerSpan);
  const location = picked.place ? toEventLocation(picked.place, picked.reason) : null;
  if (!picked.place || !(picked.place.span[0] >= sentenceSpan[0] && picked.place.span[1] <= sentenceSpan[1])) reasons['location'] = picked.reason;
  const { date, reason: dateReason } = pickDate(analysis, recognition.times, hit.sentence, hit.clause, triggerSpan[0]);
  if (dateReason) reasons['date'] = dateReason;
  const quantities = pickQuantities(analysis, recognition.quantities, hit.sentence, hit.clause, shareSentence);
  const fatalities = hit.sense.type === 'ASSAULT' || hit.sense.type === 'PROTEST' || hit.sense.type === 'COERCE' ? toFatalities(quantities.filter((q) => !isUncertainOutcome(analysis, q)), isTotalNoun(lexicon)) : null;
  // A claim keeps its ACLED class (ACLED codes claimed actions with their source); its modality and lower
  // confidence mark it. Negated, planned and hypothetical events get no ACLED class.
  const asserted = modality === 'asserted' || modality === 'reported-claim';
  const acled = asserted
    ? toAcled(ontology, { type: hit.sense.type, mode: hit.mode, flags: hit.sense.flags, actors, recipients, killed: (fatalities?.min ?? 0) > 0 })
    : null;
  if (!acled) reasons['acled'] = asserted ? 'not an ACLED event type' : `modality ${modality}: not coded as a fact`;
  const cameo = hit.mode === hit.sense.mode ? hit.sense.cameo : cameoForMode(hit, ontology);
  const event: MarsadEvent = {
    id: toEventId(article.id, hit.sense.type, triggerSpan),
    document_id: article.id,
    language: sentence?.language ?? article.language,
    type: hit.sense.type,
    mode: hit.mode,
    context: [...hit.sense.context],
    acled,
    cameo,
    quad_class: ontology.cameo.get(cameo)?.quad ?? hit.sense.quad,
    actors: actors.map(toEventActor),
    recipients: recipients.map(toEventActor),
    location,
    date,
    quantities,
    fatalities,
    attribution: toAttributionChain(analysis, speakers, hit.from),
    modality,
    evidence: {
      text: article.text.slice(sentenceSpan[0], sentenceSpan[1]),
      span: sentenceSpan,
      trigger: { text: article.text.slice(triggerSpan[0], triggerSpan[1]), span: triggerSpan },
    },
    confidence: 0,
    refers_to: null,
  };
  event.notes = toNotes(event, ontology.notes);
  event.confidence = scoreEvent(event, hit.sense.strength, reasons);
  event.reasons = reasons;
  return event;
}

const MODE_CAMEO: Record<string, string> = {
  aerial: '195', drone: '1952', 'heavy-weapons': '194', firearms: '193', explosives: '183', 'suicide-attack': '1831',
  grenade: '183', chemical: '2041',
};

function cameoForMode(hit: TriggerHit, ontology: Ontology): string {
  const code = hit.mode ? MODE_CAMEO[hit.mode] : undefined;
  return code && ontology.cameo.has(code) ? code : hit.sense.cameo;
}

