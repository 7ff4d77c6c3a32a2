/**
 * Trains the Arabic NER model from /work/shared/data/ner and writes data/models/ner-ar.bin.gz (binary, see
 * src/pipeline/recognize/ner/model-file.ts).
 *   npx tsx scripts/train-ner.ts [--epochs 12] [--no-wiki] [--out path] [--shared dir]
 * Deterministic: fixed file order, fixed seed, fixed held-out slice (every 10th NewsFANE sentence).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConll, parseTagMap, scoreNerSentences, type ConllSentence } from '../src/eval/ner.js';
import { dataPath } from '../src/lexicon/paths.js';
import { createNerTagger, toModelFile, trainNerModel, parseModelFile, type NerModel } from '../src/pipeline/recognize/ner/index.js';
import { toWordInfo } from '../src/pipeline/recognize/ner/features.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '12' },
    'no-wiki': { type: 'boolean', default: false },
    out: { type: 'string', default: dataPath('models', 'ner-ar.bin.gz') },
    shared: { type: 'string', default: '/work/shared/data/ner' },
    'min-count': { type: 'string', default: '2' },
    prune: { type: 'string', default: '0.002' },
    'no-gazetteer': { type: 'boolean', default: false },
  },
});
const root = values.shared;
const map = parseTagMap(readFileSync(dataPath('models', 'ner-fane.map'), 'utf8'));
const read = (path: string, withMap: boolean): ConllSentence[] => parseConll(readFileSync(join(root, path), 'utf8'), withMap ? map : undefined);

const SUFFIX_TOKENS = new Set(['ه', 'ها', 'نا']);
const CONJ_TOKENS = new Set(['و', 'ف']);

/**
 * FANE text is partly segmented (و and pronoun suffixes split off); news arrives unsegmented.
 * Re-attaches standalone و/ف to the next token and ه/ها/نا to the previous one (tags of the host kept).
 */
function reattach(s: ConllSentence): ConllSentence {
  const tokens: string[] = [];
  const tags: string[] = [];
  let pending = '';
  for (let i = 0; i < s.tokens.length; i++) {
    const tok = s.tokens[i]!;
    const tag = s.tags[i]!;
    if (CONJ_TOKENS.has(tok) && tag === 'O' && i + 1 < s.tokens.length) {
      pending += tok;
      continue;
    }
    if (SUFFIX_TOKENS.has(tok) && tag === 'O' && pending === '' && tokens.length > 0 && /[\u0621-\u064a]$/.test(tokens.at(-1)!)) {
      tokens[tokens.length - 1] += tok;
      continue;
    }
    tokens.push(pending + tok);
    tags.push(tag);
    pending = '';
  }
  return { tokens, tags };
}

/**
 * Gazetteer features: Arabic country, first-level division and city names (GeoNames CC BY 4.0,
 * i18n-iso-countries MIT) and Arabic first/last names (AKhateeb/arabic-names MIT), keyed by folded stem.
 * Classes: LOC (one-word place), LOCb / LOCe (first / last word of a longer place name), PF / PL (first / last name).
 */
function buildGazetteer(): Map<string, string> {
  const shared = join(root, '..');
  const stop = new Set<string>();
  for (const f of ['lexicon/stopwords/mohataher-list.txt', 'lexicon/stopwords/stopwords-iso-ar.txt']) {
    for (const w of readFileSync(join(shared, f), 'utf8').split(/\r?\n/)) if (w.trim()) stop.add(toWordInfo(w.trim()).stem);
  }
  const classes = new Map<string, Set<string>>();
  const add = (word: string, cls: string): void => {
    const stem = toWordInfo(word).stem;
    if (stem.length < 2 || stop.has(stem) || !/^[\u0621-\u064a]+$/.test(stem)) return;
    let set = classes.get(stem);
    if (!set) classes.set(stem, (set = new Set()));
    set.add(cls);
  };
  const addPlace = (name: string): void => {
    const words = name.replace(/[()\-،,.]/g, ' ').split(/\s+/).filter(Boolean);
    if (words.length === 1) add(words[0]!, 'LOC');
    else if (words.length > 1 && words.length <= 4) {
      add(words[0]!, 'LOCb');
      add(words.at(-1)!, 'LOCe');
    }
  };
  const countries = JSON.parse(readFileSync(join(shared, 'geo/countries-ar/i18n-iso-countries-ar.json'), 'utf8')) as { countries: Record<string, string | string[]> };
  for (const v of Object.values(countries.countries)) for (const n of [v].flat()) addPlace(n);
  const states = JSON.parse(readFileSync(join(shared, 'geo/geonames-admin1-ar/states.json'), 'utf8')) as Array<{ Name_AR?: string }>;
  for (const s of states) if (s.Name_AR) addPlace(s.Name_AR);
  const cities = readFileSync(join(shared, 'geo/geonames-cities15000/cities15000-arabic-script.tsv'), 'utf8').split(/\r?\n/).slice(1);
  for (const line of cities) {
    const cols = line.split('\t');
    for (const n of [cols[10], cols[11]]) if (n) for (const name of n.split(/[,|;]/)) if (name.trim()) addPlace(name.trim());
  }
  const names = (f: string): string[] => readFileSync(join(shared, 'lexicon/names', f), 'utf8').split(/\r?\n/).map((w) => w.trim()).filter(Boolean);
  for (const f of ['akhateeb-male-first--names-in-arabic.txt', 'akhateeb-female-first-names-in-arabic.txt']) for (const n of names(f)) add(n, 'PF');
  for (const n of names('akhateeb-last-names-in-arabic.txt')) add(n, 'PL');
  const out = new Map<string, string>();
  for (const k of [...classes.keys()].sort()) out.set(k, [...classes.get(k)!].sort().join(','));
  return out;
}
const gazetteer = values['no-gazetteer'] ? new Map<string, string>() : buildGazetteer();
console.log(`gazetteer: ${gazetteer.size} stems`);

const aqmarTrain = read('aqmar/train.txt', false);
const aqmarDev = read('aqmar/dev.txt', false);
const aqmarTest = read('aqmar/test.txt', false);
const news = read('newsfane/NewsFANE_Gold_2014_filtered.txt', true);
const newsTrain = news.filter((_, i) => i % 10 !== 9);
const newsHeld = news.filter((_, i) => i % 10 === 9);
const wiki = values['no-wiki'] ? [] : read('wikifane/WikiFANE_Gold_2014_500K.txt', true);

const training = [
  ...aqmarTrain,
  ...newsTrain,
  ...newsTrain.map(reattach),
  ...wiki.map(reattach),
].map((s) => ({ words: s.tokens, tags: s.tags }));
const tokenCount = training.reduce((n, s) => n + s.words.length, 0);
console.log(`training: ${training.length} sentences, ${tokenCount} tokens (AQMAR train ${aqmarTrain.length}, NewsFANE ${newsTrain.length} ×2 forms, WikiFANE ${wiki.length})`);

const report = (label: string, model: NerModel): Record<string, number> => {
  const tag = createNerTagger(model);
  const sets: Array<[string, ConllSentence[]]> = [
    ['aqmar-dev', aqmarDev],
    ['aqmar-test', aqmarTest],
    ['newsfane-held', newsHeld],
    ['newsfane-held-unsegmented', newsHeld.map(reattach)],
  ];
  const out: Record<string, number> = {};
  const parts = sets.map(([name, data]) => {
    const s = scoreNerSentences(data, tag);
    out[name] = Math.round(s.f1 * 10000) / 10000;
    return `${name} ${(s.f1 * 100).toFixed(2)}`;
  });
  console.log(`${label}: ${parts.join(' · ')}`);
  return out;
};

const epochs = Number(values.epochs);
const started = Date.now();
const model = trainNerModel(training, {
  types: ['PER', 'LOC', 'ORG', 'MISC'],
  epochs,
  minCount: Number(values['min-count']),
  prune: Number(values.prune),
  seed: 20160802,
  lexicon: gazetteer,
  onEpoch: (epoch, m) => {
    report(`epoch ${epoch} (${((Date.now() - started) / 1000).toFixed(0)} s, ${m.features.size} features)`, m);
  },
});
const bytes = toModelFile(model);
const reloaded = parseModelFile(bytes);
const scores = report(`final (pruned to ${model.features.size} features, int16)`, reloaded);
reloaded.meta = {
  licence: 'CC BY-SA 3.0 (derived from AQMAR, NewsFANE Gold and WikiFANE Gold; see data/models/README.md)',
  corpora: ['aqmar/train', 'newsfane (sentences i % 10 != 9, segmented and re-attached)', ...(wiki.length ? ['wikifane (re-attached)'] : [])],
  epochs,
  seed: 20160802,
  scores,
};
const final = toModelFile(reloaded);
writeFileSync(values.out, final);
console.log(`wrote ${values.out} (${(final.length / 1024 / 1024).toFixed(2)} MB)`);
