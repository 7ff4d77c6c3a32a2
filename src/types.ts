/**
 * Domain types shared by every stage. Stages import from here, never from each other.
 * Offsets are UTF-16 code-unit offsets [start, end) into the ORIGINAL cleaned text (`Article.text`).
 */

/** [start, end) into `Article.text`. */
export type Span = [start: number, end: number];

export type Language = 'ar' | 'en';

export type Severity = 'error' | 'warning' | 'info';

/** A problem inside one report: it never stops a batch. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  span?: Span;
}

// ─── Sources → clean ──────────────────────────────────────────────────────────

/** One report as read at an edge (file, URL, feed item, stdin), before cleaning. */
export interface SourceDoc {
  /** Where it came from, for error messages: a path, `path:line`, a URL or `stdin`. */
  origin: string;
  /** Body as decoded text. `html` bodies are extracted by the cleaner's HTML step. */
  body: string;
  format: 'text' | 'html';
  title?: string | null;
  published?: string | null;
  url?: string | null;
  source?: string | null;
  language?: Language | null;
  /** Photo captions the source layer found outside the body (e.g. HTML `<figcaption>`): metadata, never evidence. */
  captions?: string[];
  diagnostics?: Diagnostic[];
}

/** What the cleaner set aside: never evidence, kept as metadata. */
export interface ArticleMetadata {
  captions: string[];
  credits: string[];
  /** Outlets named by a source line such as `المصدر : الجزيرة + وكالات` → ['الجزيرة', 'وكالات']. */
  outlets: string[];
  sourceLine: string | null;
  dateline: string | null;
  removed: Array<{ kind: string; text: string }>;
}

/** A cleaned report: `text` is what every span points into. */
export interface Article {
  id: string;
  origin: string;
  title: string | null;
  text: string;
  language: Language;
  published: string | null;
  source: string | null;
  url: string | null;
  metadata: ArticleMetadata;
  diagnostics: Diagnostic[];
}

// ─── Normalise and segment ───────────────────────────────────────────────────

/** Normalised text with a map back: `offsets[i]` is the original offset of normalised unit i; length = text.length + 1. */
export interface NormalizedText {
  text: string;
  offsets: Int32Array;
}

export interface Token {
  /** Surface form, exactly `article.text.slice(span[0], span[1])`. */
  text: string;
  /** Normalised (folded) form of the whole token. */
  norm: string;
  span: Span;
  kind: 'word' | 'number' | 'punct' | 'latin' | 'symbol';
  /** Proclitics split off the normalised form, outermost first, e.g. ['و', 'ب'] for وبسرت. */
  prefixes: string[];
  /** Normalised form without proclitics and pronoun suffix (and without ال). */
  stem: string;
  /** True when the normalised form carried the article ال after the proclitics. */
  definite: boolean;
  /** Pronoun suffix split off, if any (ه ها هم هن كم نا ...). */
  suffix: string | null;
  /** Numeric value for digit tokens. */
  value?: number;
}

export interface Sentence {
  span: Span;
  paragraph: number;
  /** Index range [from, to) into `Analysis.tokens`. */
  tokens: [from: number, to: number];
  /** Clause boundaries for coordinated events (و/كما/بينما/while), as token index ranges. */
  clauses: Array<[from: number, to: number]>;
  language: Language;
}

export interface Analysis {
  article: Article;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Span[];
}

// ─── Recognise ───────────────────────────────────────────────────────────────

export type QuantityKind =
  | 'killed' | 'injured' | 'strikes' | 'fighters' | 'arrested' | 'abducted' | 'displaced' | 'protesters' | 'other';

export interface Quantity {
  kind: QuantityKind;
  min: number | null;
  max: number | null;
  approximate: boolean;
  text: string;
  span: Span;
  /** The counted noun as written, e.g. 'غارات'. */
  noun?: string | null;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'unknown';
export type DateBasis = 'explicit' | 'relative-to-publication' | 'publication-date' | 'unknown';

export interface TimeExpression {
  text: string;
  span: Span;
  value: string | null;
  end: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  /** Why the value is null or approximate. */
  reason?: string | null;
}

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC' | 'TITLE' | 'NORP' | 'FAC';

export interface Mention {
  type: EntityType;
  text: string;
  span: Span;
  source: 'gazetteer' | 'dictionary' | 'pattern' | 'model';
  /** Stable id into the gazetteer (`wof:…`, `geonames:…`, `site:…`) or actor dictionary. */
  ref?: string | null;
  /** Country (ISO 3166-1 alpha-2 for places, alpha-3 for actors) implied by the mention, e.g. الفرنسي → FRA. */
  country?: string | null;
  score?: number;
}

export interface Recognition {
  quantities: Quantity[];
  times: TimeExpression[];
  mentions: Mention[];
}

// ─── Knowledge: places and actors ────────────────────────────────────────────

export type PlacePrecision = 'point' | 'neighbourhood' | 'city' | 'admin2' | 'admin1' | 'country' | 'region';

export interface Place {
  id: string;
  name: string;
  nameAr: string | null;
  kind: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  precision: PlacePrecision;
}

export interface ResolvedPlace {
  place: Place;
  text: string;
  span: Span;
  reason: string;
  score: number;
}

export interface ActorEntry {
  id: string;
  name: string;
  nameAr: string | null;
  country: string | null;
  sector: string | null;
  acledInter: number | null;
  /** ACLED-style actor name, e.g. 'Military Forces of Libya (2016-2021)'. */
  acledName?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/** An actor mention found by the actor dictionary: a known entry, or a generic agent with a sector and country. */
export interface ActorMatch {
  entry: ActorEntry | null;
  text: string;
  span: Span;
  tokens: [number, number];
  generic: boolean;
  sector: string | null;
  country: string | null;
}

// ─── Events ──────────────────────────────────────────────────────────────────

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const ACLED_EVENT_TYPES = [
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments',
] as const;
export type AcledEventType = (typeof ACLED_EVENT_TYPES)[number];

export type Modality = 'asserted' | 'negated' | 'future' | 'hypothetical' | 'reported-claim';

export interface EventActor {
  text: string;
  name: string;
  name_ar?: string | null;
  id?: string | null;
  country?: string | null;
  sector?: string | null;
  acled_inter?: number | null;
  span: Span;
}

export interface EventLocation {
  text: string;
  name: string;
  name_ar?: string | null;
  country: string | null;
  admin1?: string | null;
  lat: number | null;
  lon: number | null;
  gazetteer_id?: string | null;
  precision: PlacePrecision;
  reason?: string | null;
  span?: Span;
}

export interface EventDate {
  value: string | null;
  end?: string | null;
  precision: DatePrecision;
  text?: string | null;
  basis?: DateBasis | null;
}

export interface Attribution {
  text: string;
  name?: string | null;
  role?: 'spokesman' | 'minister' | 'ministry' | 'agency' | 'outlet' | 'correspondent' | 'witness' | 'other' | null;
  span?: Span;
}

export interface Evidence {
  text: string;
  span: Span;
  trigger?: { text: string; span: Span } | null;
}

/** One coded event, the shape of `contract/event.schema.json`. */
export interface MarsadEvent {
  id: string;
  document_id: string;
  incident_id?: string | null;
  language: Language;
  type: PloverType;
  mode?: string | null;
  context?: string[];
  acled?: { event_type: AcledEventType; sub_event_type: string; disorder_type?: string | null } | null;
  cameo?: string | null;
  quad_class?: number | null;
  actors: EventActor[];
  recipients: EventActor[];
  location: EventLocation | null;
  date: EventDate;
  quantities: Quantity[];
  fatalities?: { min: number | null; max: number | null } | null;
  attribution: Attribution[];
  modality?: Modality;
  evidence: Evidence;
  confidence: number;
  /** One-sentence summaries in ACLED style. */
  notes?: { en: string; ar: string } | null;
  /** Id of the event this one is about (a statement welcoming strikes → the strikes). */
  refers_to?: string | null;
  /** Why a field is missing or weak, e.g. { location: 'no place in sentence or document' }. */
  reasons?: Record<string, string>;
}

/** The output of `extract` for one report. */
export interface ExtractedDocument {
  id: string;
  title: string | null;
  language: Language;
  published: string | null;
  source: string | null;
  url: string | null;
  text: string;
  metadata: ArticleMetadata;
  events: MarsadEvent[];
  diagnostics: Diagnostic[];
}

// ─── Incidents ───────────────────────────────────────────────────────────────

export type IncidentGrade = 'confirmed' | 'fair' | 'weak' | 'contested';

export interface Incident {
  id: string;
  type: PloverType;
  acled_event_type: AcledEventType | null;
  date: string | null;
  date_end: string | null;
  location: EventLocation | null;
  event_ids: string[];
  document_ids: string[];
  sources: string[];
  counts: Record<string, { min: number | null; max: number | null }>;
  earliest_report: string | null;
  grade: IncidentGrade;
  /** Joins, merges and splits, oldest first: an incident never changes silently. */
  history?: IncidentChange[];
}

export interface IncidentChange {
  at: string;
  kind: 'created' | 'joined' | 'merged' | 'split';
  /** Events that joined, or the incident ids merged into this one. */
  ids: string[];
  reason: string;
}
