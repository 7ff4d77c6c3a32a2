import type {
  Analysis, Article, Diagnostic, ExtractedDocument, MarsadEvent, Mention, Recognition, ResolvedPlace, SourceDoc,
} from '../types.js';
import { diagnostic } from '../errors.js';
import { createCleaner, toArticleId } from './clean/index.js';
import { createAnalyzer } from './segment/index.js';
import { createQuantityFinder } from './recognize/quantities/index.js';
import { createTimeFinder } from './recognize/dates/index.js';
import { createEntityRecognizer } from './recognize/entities/index.js';
import { loadNerModel } from './recognize/ner/index.js';
import { createPlaceFinder, createGeocoder, findDocumentFocus, pickEventLocation } from './geocode/index.js';
import { createEventCoder } from './code-events/index.js';
import { loadGazetteer, toIso3 } from '../geo/index.js';
import { loadActorDictionary, type ActorMatch } from '../lexicon/actors/index.js';

export interface ExtractorOptions {
  /** Directory of user overrides (places, actors); defaults to $MARSAD_DATA_DIR. */
  userDir?: string;
  /** Longest body processed, in UTF-16 units; longer texts are cut with a diagnostic. */
  maxChars?: number;
  /** Per-document time budget in ms: later stages are skipped with a diagnostic once it is spent. */
  budgetMs?: number;
}

export type Extractor = (doc: SourceDoc) => ExtractedDocument;

/** The working state of one document as it moves through the stages. */
interface Work {
  article: Article;
  analysis?: Analysis;
  recognition: Recognition;
  places: ResolvedPlace[];
  actors: ActorMatch[];
  events: MarsadEvent[];
  diagnostics: Diagnostic[];
}

type Step = { name: string; run: (work: Work) => void };

/**
 * Builds the extractor: loads dictionaries, gazetteer and model once, and returns the per-document
 * function. The order of the stages lives here and nowhere else.
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const userDir = options.userDir ?? process.env['MARSAD_DATA_DIR'];
  const knowledge = userDir === undefined ? {} : { userDir };
  const maxChars = options.maxChars ?? 200_000;
  const budgetMs = options.budgetMs ?? 10_000;

  const clean = createCleaner();
  const analyze = createAnalyzer();
  const findQuantities = createQuantityFinder();
  const findTimes = createTimeFinder();
  const recognizeEntities = createEntityRecognizer({ model: loadNerModel() });
  const gazetteer = loadGazetteer(knowledge);
  const findPlaces = createPlaceFinder(gazetteer);
  const geocode = createGeocoder(gazetteer);
  const actorDictionary = loadActorDictionary(knowledge);
  const codeEvents = createEventCoder({ actors: actorDictionary, pickLocation: pickEventLocation, ...knowledge });

  const steps: Step[] = [
    { name: 'analyze', run: (w) => { w.analysis = analyze(w.article); } },
    { name: 'quantities', run: (w) => { w.recognition.quantities = findQuantities(need(w)); } },
    { name: 'times', run: (w) => { w.recognition.times = findTimes(need(w)); } },
    { name: 'entities', run: (w) => { w.recognition.mentions = mergeMentions(recognizeEntities(need(w)), findPlaces(need(w))); } },
    { name: 'geocode', run: (w) => { w.places = geocode(need(w), w.recognition.mentions); } },
    {
      name: 'actors',
      // Generic agents (مسلحون, "protesters") take the country the report is about.
      run: (w) => { w.actors = actorDictionary.match(need(w), { country: toIso3(findDocumentFocus(w.places).country) }); },
    },
    {
      name: 'code-events',
      run: (w) => {
        w.events = codeEvents({ analysis: need(w), recognition: w.recognition, places: w.places, actors: w.actors });
      },
    },
  ];

  return (doc) => {
    const started = performance.now();
    const article = cleanSafely(clean, limitBody(doc, maxChars));
    const work: Work = {
      article,
      recognition: { quantities: [], times: [], mentions: [] },
      places: [],
      actors: [],
      events: [],
      diagnostics: [...article.diagnostics],
    };
    if (doc.body.length > maxChars) {
      work.diagnostics.push(diagnostic('input-truncated', `body of ${doc.body.length} characters cut to ${maxChars}`));
    }
    for (const step of steps) {
      if (performance.now() - started > budgetMs) {
        work.diagnostics.push(diagnostic('time-budget', `time budget of ${budgetMs} ms spent before stage '${step.name}'; later stages skipped`));
        break;
      }
      try {
        step.run(work);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        work.diagnostics.push(diagnostic('stage-failed', `stage '${step.name}' failed: ${message}`, 'error'));
        break;
      }
    }
    return toExtractedDocument(work);
  };
}

/** A cleaner failure leaves an empty article with the reason, so one report never stops a batch. */
function cleanSafely(clean: (doc: SourceDoc) => Article, doc: SourceDoc): Article {
  try {
    return clean(doc);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      id: toArticleId(doc.title ?? null, doc.body), origin: doc.origin, title: doc.title ?? null, text: '', language: doc.language ?? 'ar',
      published: null, source: doc.source ?? null, url: doc.url ?? null,
      metadata: { captions: [], credits: [], outlets: [], sourceLine: null, dateline: null, removed: [] },
      diagnostics: [diagnostic('stage-failed', `stage 'clean' failed: ${message}`, 'error')],
    };
  }
}

function need(work: Work): Analysis {
  if (!work.analysis) throw new Error('analysis missing');
  return work.analysis;
}

function limitBody(doc: SourceDoc, maxChars: number): SourceDoc {
  return doc.body.length > maxChars ? { ...doc, body: doc.body.slice(0, maxChars) } : doc;
}

/** Model and gazetteer mentions together; on an exact same span, the gazetteer's (it carries a ref) wins. */
function mergeMentions(model: Mention[], gazetteer: Mention[]): Mention[] {
  const taken = new Set(gazetteer.map((m) => `${m.span[0]}:${m.span[1]}`));
  return [...gazetteer, ...model.filter((m) => !taken.has(`${m.span[0]}:${m.span[1]}`))].sort((a, b) => a.span[0] - b.span[0]);
}

function toExtractedDocument(work: Work): ExtractedDocument {
  const { article } = work;
  return {
    id: article.id,
    title: article.title,
    language: article.language,
    published: article.published,
    source: article.source,
    url: article.url,
    text: article.text,
    metadata: article.metadata,
    events: work.events,
    diagnostics: work.diagnostics,
  };
}

