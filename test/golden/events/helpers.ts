import { createEventCoder, type ActorMatch, type EventCoderOptions } from '../../../src/pipeline/code-events/index.js';
import { createAnalyzer } from '../../../src/pipeline/segment/index.js';
import type {
  Analysis, Article, Language, SourceDoc, MarsadEvent, Mention, Quantity, Recognition, ResolvedPlace, TimeExpression,
} from '../../../src/types.js';

/** The per-document chain of stages before event coding, built from whatever stages exist in the checkout. */
export interface Chain {
  code(text: string, language: Language, published?: string | null, outlets?: string[]): { analysis: Analysis; events: MarsadEvent[] };
  /** A whole report through the cleaner first (captions, source line, title), when the cleaner exists. */
  codeReport(body: string, language: Language, published: string | null): { analysis: Analysis; events: MarsadEvent[] };
  /** Which optional stages were available (for skip messages). */
  stages: string[];
}

async function optional<T>(path: string): Promise<T | null> {
  try {
    return (await import(path)) as T;
  } catch {
    return null;
  }
}

/** A minimal cleaned article around a text. */
export function toArticle(text: string, language: Language, published: string | null, outlets: string[] = []): Article {
  return {
    id: 'golden', origin: 'golden', title: null, text, language, published, source: null, url: null,
    metadata: { captions: [], credits: [], outlets, sourceLine: null, dateline: null, removed: [] },
    diagnostics: [],
  };
}

/**
 * Assembles analyze → quantities → times → entities → places/geocode → actors → code-events from the real
 * factories (modules loaded by path so a stage still being written does not break these tests).
 */
export async function loadChain(options: EventCoderOptions = {}): Promise<Chain> {
  const analyze = createAnalyzer();
  const stages: string[] = ['segment'];
  const q = await optional<{ createQuantityFinder(): (a: Analysis) => Quantity[] }>('../../../src/pipeline/recognize/quantities/index.js');
  const d = await optional<{ createTimeFinder(): (a: Analysis) => TimeExpression[] }>('../../../src/pipeline/recognize/dates/index.js');
  const e = await optional<{ createEntityRecognizer(o?: object): (a: Analysis) => Mention[] }>('../../../src/pipeline/recognize/entities/index.js');
  const geo = await optional<{ loadGazetteer(o?: object): unknown }>('../../../src/geo/index.js');
  const gc = await optional<{
    createPlaceFinder(g: unknown): (a: Analysis) => Mention[];
    createGeocoder(g: unknown): (a: Analysis, m: Mention[]) => ResolvedPlace[];
    pickEventLocation: NonNullable<EventCoderOptions['pickLocation']>;
  }>('../../../src/pipeline/geocode/index.js');
  const act = await optional<{ loadActorDictionary(o?: object): { match(a: Analysis): ActorMatch[] } }>('../../../src/lexicon/actors/index.js');
  const findQuantities = safe(q?.createQuantityFinder, 'quantities', stages);
  const findTimes = safe(d?.createTimeFinder, 'dates', stages);
  const findEntities = safe(e?.createEntityRecognizer, 'entities', stages);
  let findPlaces: ((a: Analysis) => Mention[]) | null = null;
  let geocode: ((a: Analysis, m: Mention[]) => ResolvedPlace[]) | null = null;
  if (geo && gc) {
    try {
      const g = geo.loadGazetteer();
      findPlaces = gc.createPlaceFinder(g);
      geocode = gc.createGeocoder(g);
      stages.push('geocode');
    } catch {
      /* gazetteer not built yet */
    }
  }
  let dictionary: { match(a: Analysis): ActorMatch[] } | null = null;
  try {
    dictionary = act ? act.loadActorDictionary() : null;
    if (dictionary) stages.push('actors');
  } catch {
    dictionary = null;
  }
  const cl = await optional<{ createCleaner(): (d: SourceDoc) => Article }>('../../../src/pipeline/clean/index.js');
  const clean = safe(cl?.createCleaner, 'clean', stages);
  const coder = createEventCoder({ ...(gc ? { pickLocation: gc.pickEventLocation } : {}), ...options });
  const run = (article: Article): { analysis: Analysis; events: MarsadEvent[] } => {
    const analysis = analyze(article);
      const places = findPlaces ? findPlaces(analysis) : [];
      const mentions = [...(findEntities ? findEntities(analysis) : []), ...places];
      const recognition: Recognition = {
        quantities: findQuantities ? findQuantities(analysis) : [],
        times: findTimes ? findTimes(analysis) : [],
        mentions,
      };
      const resolved = geocode ? geocode(analysis, mentions) : [];
      const actors = dictionary ? dictionary.match(analysis) : [];
      return { analysis, events: coder({ analysis, recognition, places: resolved, actors }) };
  };
  return {
    stages,
    code: (text, language, published = null, outlets = []) => run(toArticle(text, language, published, outlets)),
    codeReport(body, language, published) {
      const doc: SourceDoc = { origin: 'golden', body, format: 'text', published, language };
      return run(clean ? { ...clean(doc), id: 'golden' } : toArticle(body, language, published));
    },
  };
}

function safe<T>(factory: (() => T) | undefined, name: string, stages: string[]): T | null {
  if (!factory) return null;
  try {
    const made = factory();
    stages.push(name);
    return made;
  } catch {
    return null;
  }
}
