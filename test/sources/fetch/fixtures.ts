import { readFileSync } from 'node:fs';

const DIR = new URL('../../fixtures/feeds/', import.meta.url).pathname;

/** A fixture file as text, `{{BASE}}` replaced by the server origin. */
export function fixtureText(name: string, base = ''): string {
  return readFileSync(DIR + name, 'utf8').replaceAll('{{BASE}}', base);
}

export const HTML_UTF8 = { 'content-type': 'text/html; charset=utf-8' };
