import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './dom.js';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'TFOOT',
]);
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'FORM', 'HEAD',
  'OBJECT', 'VIDEO', 'AUDIO', 'CANVAS', 'MATH', 'INPUT', 'LABEL',
]);

/** Text of an HTML subtree as paragraphs, with figure captions set aside and link text measured. */
export interface HtmlText {
  paragraphs: string[];
  captions: string[];
  /** Letters inside and outside links, to tell an article from a navigation page. */
  linkLetters: number;
  letters: number;
}

function countLetters(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) n++;
  return n;
}

/**
 * Walks a DOM subtree into paragraphs: block elements and <br> break lines, <figcaption> goes to captions, and a
 * <time> standing alone is dropped.
 */
export function toHtmlText(root: DomNode): HtmlText {
  const out: HtmlText = { paragraphs: [], captions: [], linkLetters: 0, letters: 0 };
  let line = '';
  let target = out.paragraphs;
  const times = new Set<string>();
  const flush = (into: string[]): void => {
    const text = line.replace(/\s+/gu, ' ').trim();
    if (text.length > 0) into.push(text);
    line = '';
  };
  const walk = (node: DomNode, inLink: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      line += text;
      const letters = countLetters(text);
      out.letters += letters;
      if (inLink) out.linkLetters += letters;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'FIGCAPTION') {
      flush(target);
      const saved = target;
      target = [];
      walkChildren(node, inLink, name);
      flush(target);
      const text = target.join(' ').trim();
      target = saved;
      if (text) out.captions.push(text);
      return;
    }
    if (name === 'TIME') times.add((node.textContent ?? '').replace(/\s+/gu, ' ').trim());
    const block = BLOCK.has(name);
    if (block) flush(target);
    walkChildren(node, inLink, name);
    if (block) flush(target);
  };
  const walkChildren = (node: DomNode, inLink: boolean, name: string): void => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) walk(child, inLink || name === 'A');
    }
  };
  walk(root, false);
  flush(target);
  // A <time> that forms a line of its own is the page's timestamp, not part of the report.
  if (times.size > 0) out.paragraphs = out.paragraphs.filter((p) => !times.has(p));
  return out;
}
