import type { Token } from '../../../types.js';
import { splitSuffix } from '../../../text/index.js';
import { toWordReadings, type WordReading } from './arabic-word.js';
import type { EntityLexicon } from './lexicon.js';

/** What the person rules read about a word; computed on first use (few words ever need it). */
export interface NameFacts {
  /** Gazetteer classes of any reading ('PF', 'PL', 'LOC', …), plus 'PF' for a written form the name stops exempt. */
  classes: ReadonlySet<string>;
  /** The model knows the whole word (as written, folded) from training. */
  known: boolean;
  /** The word (or it after و/ف) is a word the model knows plus a third-person pronoun suffix (ومستشاريه, كلامه). */
  suffixed: boolean;
  /** Listed as a name stop: as written (also after و/ف), or folded unless the written form is exempt (علي). */
  stop: boolean;
  /** The model's lexical evidence for a person (see createPersonPrior). */
  personPrior: number;
}

/** What the Arabic patterns need to know about one written word, computed once per word type. */
export interface WordFacts {
  readings: WordReading[];
  /** Offset inside the written word where a name would start (after a proclitic glued to a known word). */
  nameOffset: number;
  /** Some reading may start a title or a nisba adjective (cheap pre-checks for the pattern matchers). */
  mayStartTitle: boolean;
  mayStartNisba: boolean;
  name: () => NameFacts;
}

export interface WordFactsOptions {
  lexicon: EntityLexicon;
  /** Folded stem → gazetteer classes ('LOC,PF'). */
  gazetteer: ReadonlyMap<string, string>;
  /** True when the model knows a folded form as a word. */
  knows: (form: string) => boolean;
  personPrior: (word: string) => number;
  cacheLimit?: number;
}

const NO_NAME: NameFacts = { classes: new Set(), known: false, suffixed: false, stop: true, personPrior: 0 };
const NONE: WordFacts = { readings: [], nameOffset: 0, mayStartTitle: false, mayStartNisba: false, name: () => NO_NAME };
const CONJUNCTIONS = ['و', 'ف'];
const PRONOUNS = new Set(['ه', 'ها', 'هم', 'هن', 'هما']);

/** Creates the per-word-type cache of facts (non-word tokens share one empty, stopping entry). */
export function createWordFacts(options: WordFactsOptions): (token: Token) => WordFacts {
  const { lexicon, gazetteer, knows } = options;
  const limit = options.cacheLimit ?? 100_000;
  const cache = new Map<string, WordFacts>();
  const known = (r: WordReading): boolean => knows(r.form) || gazetteer.has(r.bare);

  const toNameFacts = (written: string, readings: WordReading[]): NameFacts => {
    const whole = readings[0];
    const classes = new Set<string>();
    for (const r of readings) for (const c of (gazetteer.get(r.bare) ?? '').split(',')) if (c) classes.add(c);
    const stops = lexicon.nameStops;
    const bareWritten = CONJUNCTIONS.includes(written[0] ?? '') ? written.slice(1) : written;
    const conj = readings.filter((r) => r.stripped === 0 || (r.stripped === 1 && CONJUNCTIONS.includes(whole?.form[0] ?? '')));
    const kept = stops.keep.has(written) || stops.keep.has(bareWritten);
    if (kept) classes.add('PF');
    return {
      classes,
      known: whole !== undefined && knows(whole.form),
      suffixed: conj.some((r) => {
        const split = splitSuffix(r.form);
        return split.suffix !== null && PRONOUNS.has(split.suffix) && knows(split.base);
      }),
      stop: stops.written.has(written) || stops.written.has(bareWritten) || (!kept && conj.some((r) => stops.folded.has(r.form))),
      personPrior: options.personPrior(written),
    };
  };

  const build = (written: string): WordFacts => {
    const readings = toWordReadings(written);
    const whole = readings[0];
    let nameOffset = 0;
    for (let k = readings.length - 1; k > 0; k--) {
      const r = readings[k] as WordReading;
      if (r.form.startsWith('ال') || (known(r) && whole !== undefined && !known(whole))) {
        nameOffset = r.offset;
        break;
      }
    }
    let name: NameFacts | null = null;
    return {
      readings,
      nameOffset,
      mayStartTitle: readings.some((r) => lexicon.arTitles.has(r.bare)),
      mayStartNisba: readings.some((r) => lexicon.nisbaFirstWords.has(r.bare)),
      name: () => (name ??= toNameFacts(written, readings)),
    };
  };

  return (token) => {
    if (token.kind !== 'word') return NONE;
    let facts = cache.get(token.text);
    if (facts === undefined) {
      facts = build(token.text);
      if (cache.size >= limit) cache.clear();
      cache.set(token.text, facts);
    }
    return facts;
  };
}
