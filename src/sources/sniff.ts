import { extname } from 'node:path';

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** The extensions readInputs picks up inside directories (each also with `.gz`). */
export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

/** Lower-case extension of a file name, ignoring a trailing `.gz`. */
export function innerExtension(name: string): string {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  return extname(base);
}

/** Format implied by a file name, `undefined` when it has no extension, null when the extension is unknown. */
export function formatFromName(name: string): InputFormat | null | undefined {
  const ext = innerExtension(name);
  if (ext === '') return undefined;
  return BY_EXTENSION[ext] ?? null;
}

/** Format implied by a Content-Type header, or null. */
export function formatFromContentType(contentType: string): InputFormat | null {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/json' || type === 'text/json') return 'json';
  if (/^application\/(x-)?(ndjson|jsonl|json-seq|jsonlines)$/.test(type)) return 'jsonl';
  if (/^application\/(rss|atom|rdf)\+xml$/.test(type) || type === 'application/xml' || type === 'text/xml') return 'feed';
  if (type === 'text/plain') return 'text';
  return null;
}

/** The charset parameter of a Content-Type header, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  return contentType ? (/charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? null) : null;
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n', 50).map((l) => l.trim()).filter(Boolean);
  return lines.length >= 2 && lines.every((l) => l.startsWith('{') || l.startsWith('['));
}

/**
 * The format the content itself declares, or null when it looks like plain text: an XML feed root, an HTML
 * document, JSON, or JSON Lines. Overrides a lying extension.
 */
export function sniffFormat(text: string): InputFormat | null {
  const head = text.slice(0, 4096).trimStart();
  const lower = head.slice(0, 1024).toLowerCase();
  if (lower.startsWith('<?xml') || lower.startsWith('<rss') || lower.startsWith('<feed') || lower.startsWith('<rdf:rdf')) {
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(lower) || lower.startsWith('<rss') || lower.startsWith('<feed')) return 'feed';
    if (/<html[\s>]/.test(lower)) return 'html';
    return 'feed';
  }
  if (/^<(!doctype html|html|head|body)[\s>]/.test(lower)) return 'html';
  if (/^<!--/.test(lower) && /<html[\s>]/.test(lower)) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) {
    if (looksLikeJsonLines(text)) {
      try {
        JSON.parse(text);
        return 'json';
      } catch {
        return 'jsonl';
      }
    }
    return 'json';
  }
  if (/^<(article|div|p|section|main|h[1-6]|figure|span|table)[\s>]/.test(lower) && /<\/(p|div|article)>/i.test(text)) {
    return 'html';
  }
  return null;
}
