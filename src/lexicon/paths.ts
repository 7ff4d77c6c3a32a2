import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root: `src/lexicon` and `dist/lexicon` both sit two levels below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file under the committed `data/` folder. */
export function dataPath(...parts: string[]): string {
  return join(PACKAGE_ROOT, 'data', ...parts);
}
