/**
 * Arabic proclitic and pronoun-suffix analysis on FOLDED words (see fold.ts: ة→ه, ى→ي, أإآ→ا).
 * Returns every plausible split so matchers can try the longest dictionary hit first.
 */

export interface CliticSplit {
  prefixes: string[];
  stem: string;
  definite: boolean;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];

/**
 * All splits of a folded word into proclitics (و/ف, then ب/ل/ك or س, then ال) and a stem,
 * the unsplit word first. Stems shorter than 2 letters are not offered.
 */
export function procliticSplits(word: string): CliticSplit[] {
  const out: CliticSplit[] = [{ prefixes: [], stem: word, definite: false }];
  const seen = new Set<string>([word]);
  const push = (prefixes: string[], rest: string): void => {
    let definite = false;
    let stem = rest;
    if (stem.startsWith('ال') && stem.length > 3) {
      offer(prefixes, stem, false);
      stem = stem.slice(2);
      definite = true;
    } else if (prefixes.at(-1) === 'ل' && stem.startsWith('ل') && stem.length > 2) {
      // لل = ل + ال with the alef dropped (للتنظيم).
      offer(prefixes, stem, false);
      stem = stem.slice(1);
      definite = true;
    }
    offer(prefixes, stem, definite);
  };
  const offer = (prefixes: string[], stem: string, definite: boolean): void => {
    if (stem.length < 2) return;
    const key = prefixes.join('+') + '|' + stem + '|' + definite;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ prefixes, stem, definite });
  };
  push([], word);
  let rest = word;
  const first = rest[0];
  const conj: string[] = [];
  if (first !== undefined && CONJ.includes(first) && rest.length > 2) {
    conj.push(first);
    rest = rest.slice(1);
    push([...conj], rest);
  }
  const second = rest[0];
  if (second !== undefined && (PREP.includes(second) || second === 'س') && rest.length > 2) {
    push([...conj, second], rest.slice(1));
  }
  // Drop the unsplit duplicate that push([], word) may have added.
  return out.filter((s, i) => i === 0 || s.prefixes.length > 0 || s.definite);
}

const SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ها', 'ه', 'ك', 'ي'];

/** Splits a pronoun suffix off a folded stem (stem kept ≥ 3 letters). */
export function splitSuffix(stem: string): { base: string; suffix: string | null } {
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      return { base: stem.slice(0, -suffix.length), suffix };
    }
  }
  return { base: stem, suffix: null };
}
