import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataPath } from '../../../lexicon/paths.js';
import { readYamlFile, resolveUserDir } from '../../../lexicon/overrides/index.js';
import { foldKey } from '../../../text/index.js';

/** A title phrase and how it may continue. */
export interface TitleEntry {
  /** Folded words (Arabic) or lower-cased text (English). */
  words: string[];
  text: string;
  role: string;
  extends: boolean;
  complement: boolean;
}

/** A nationality or gentilic form. */
export interface NisbaEntry {
  country: string | null;
}

/** Everything the pattern recogniser reads, compiled for matching. */
export interface EntityLexicon {
  arTitles: Map<string, TitleEntry[]>;
  /** Folded portfolio phrases, keyed by first word. */
  portfolios: Map<string, string[][]>;
  /** Folded words that qualify a title (السابق, بالوكالة), keyed by first word. */
  titleModifiers: Map<string, string[][]>;
  /** Folded nisba form without ال (one or two words joined by ' ') → entry. */
  nisba: Map<string, NisbaEntry>;
  /** First words of the `nisba` keys. */
  nisbaFirstWords: Set<string>;
  nisbaMaxWords: number;
  /** Words that never belong to a name after a title: as written, folded, and written forms exempt from the folded check. */
  nameStops: NameStops;
  enTitles: TitleEntry[];
  /** Demonym as written → entry. */
  demonyms: Map<string, NisbaEntry>;
  demonymMaxWords: number;
}

const titleSchema = z.object({
  titles: z.array(z.object({
    text: z.string().min(1),
    role: z.string().default('other'),
    extends: z.boolean().default(false),
    complement: z.boolean().default(false),
    remove: z.boolean().default(false),
  })).default([]),
  portfolios: z.array(z.string().min(1)).default([]),
  modifiers: z.array(z.string().min(1)).default([]),
});

const nisbaSchema = z.object({
  entries: z.array(z.object({
    country: z.string().length(3).nullable(),
    forms: z.array(z.string().min(1)),
    irregular: z.array(z.string().min(1)).default([]),
    ambiguous: z.boolean().default(false),
    remove: z.boolean().default(false),
  })).default([]),
});

/** The base file and, when present, the same relative path under the user data directory. */
function layers(parts: string[], userDir: string | null): string[] {
  const files = [dataPath(...parts)];
  if (userDir) {
    const user = join(userDir, ...parts);
    if (existsSync(user)) files.push(user);
  }
  return files;
}

const stripArticle = (w: string): string => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);

const ENDINGS = ['', 'ه', 'ون', 'ين', 'ات', 'تان', 'تين', 'ان'];
const PLURAL_ENDINGS = ['ون', 'ين'];

const addPhrase = (map: Map<string, string[][]>, phrase: string): void => {
  const words = foldKey(phrase).split(' ');
  const list = map.get(words[0] as string) ?? [];
  list.push(words);
  map.set(words[0] as string, list);
};

function loadArTitles(files: string[]): { titles: Map<string, TitleEntry[]>; portfolios: Map<string, string[][]>; modifiers: Map<string, string[][]> } {
  const byText = new Map<string, TitleEntry>();
  const portfolios = new Map<string, string[][]>();
  const modifiers = new Map<string, string[][]>();
  for (const file of files) {
    const data = readYamlFile(file, titleSchema);
    for (const t of data.titles) {
      const key = foldKey(t.text);
      if (t.remove) byText.delete(key);
      else byText.set(key, { words: key.split(' '), text: t.text, role: t.role, extends: t.extends, complement: t.complement });
    }
    for (const p of data.portfolios) addPhrase(portfolios, p);
    for (const m of data.modifiers) addPhrase(modifiers, m);
  }
  const titles = new Map<string, TitleEntry[]>();
  for (const t of byText.values()) {
    const first = stripArticle(t.words[0] as string);
    const list = titles.get(first) ?? [];
    list.push(t);
    titles.set(first, list);
  }
  for (const list of titles.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (const map of [portfolios, modifiers]) for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return { titles, portfolios, modifiers };
}

function loadNisba(files: string[]): { map: Map<string, NisbaEntry>; maxWords: number } {
  const map = new Map<string, NisbaEntry>();
  let maxWords = 1;
  for (const file of files) {
    for (const e of readYamlFile(file, nisbaSchema).entries) {
      const keys: string[] = [];
      for (const form of e.forms) {
        const words = foldKey(form).split(' ').map(stripArticle);
        maxWords = Math.max(maxWords, words.length);
        for (const ending of e.ambiguous ? PLURAL_ENDINGS : ENDINGS) keys.push(words.map((w) => w + ending).join(' '));
      }
      for (const form of e.irregular) keys.push(foldKey(form).split(' ').map(stripArticle).join(' '));
      for (const k of keys) {
        if (e.remove) map.delete(k);
        else map.set(k, { country: e.country });
      }
    }
  }
  return { map, maxWords };
}

function loadEnTitles(files: string[]): TitleEntry[] {
  const byText = new Map<string, TitleEntry>();
  for (const file of files) {
    for (const t of readYamlFile(file, titleSchema).titles) {
      const key = t.text.toLowerCase();
      if (t.remove) byText.delete(key);
      else byText.set(key, { words: key.split(' '), text: t.text, role: t.role, extends: t.extends, complement: t.complement });
    }
  }
  return [...byText.values()].sort((a, b) => b.text.length - a.text.length);
}

function loadDemonyms(files: string[]): { map: Map<string, NisbaEntry>; maxWords: number } {
  const map = new Map<string, NisbaEntry>();
  let maxWords = 1;
  for (const file of files) {
    for (const e of readYamlFile(file, nisbaSchema).entries) {
      for (const form of [...e.forms, ...e.irregular]) {
        maxWords = Math.max(maxWords, form.split(' ').length);
        if (e.remove) map.delete(form);
        else map.set(form, { country: e.country });
      }
    }
  }
  return { map, maxWords };
}

/** Name stops: `written` as listed, `folded` their folded forms, `keep` written forms that are names all the same. */
export interface NameStops {
  written: Set<string>;
  folded: Set<string>;
  keep: Set<string>;
}

/** Reads word-per-line files ('#' comments, '!word' exemptions); a line '-word' in a later layer removes the word. */
function loadNameStops(files: string[]): NameStops {
  const words = new Set<string>();
  const keep = new Set<string>();
  for (const file of files) {
    for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      if (line.startsWith('-')) {
        words.delete(line.slice(1).trim());
        keep.delete(line.slice(1).trim());
      } else if (line.startsWith('!')) keep.add(line.slice(1).trim());
      else words.add(line);
    }
  }
  return { written: words, folded: new Set([...words].map((w) => foldKey(w))), keep };
}

/** Loads titles, portfolios, nisba adjectives, demonyms and name stops: base data, then the user data directory's copies. */
export function loadEntityLexicon(options: { userDir?: string } = {}): EntityLexicon {
  const userDir = resolveUserDir(options.userDir);
  const ar = loadArTitles(layers(['lexicon', 'ar', 'titles.yaml'], userDir));
  const nisba = loadNisba(layers(['lexicon', 'ar', 'nisba.yaml'], userDir));
  const demonyms = loadDemonyms(layers(['lexicon', 'en', 'demonyms.yaml'], userDir));
  return {
    arTitles: ar.titles,
    portfolios: ar.portfolios,
    titleModifiers: ar.modifiers,
    nisba: nisba.map,
    nisbaFirstWords: new Set([...nisba.map.keys()].map((k) => k.split(' ')[0] as string)),
    nameStops: loadNameStops(layers(['lexicon', 'ar', 'name-stops.txt'], userDir)),
    nisbaMaxWords: nisba.maxWords,
    enTitles: loadEnTitles(layers(['lexicon', 'en', 'titles.yaml'], userDir)),
    demonyms: demonyms.map,
    demonymMaxWords: demonyms.maxWords,
  };
}
