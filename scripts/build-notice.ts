/**
 * Assembles data/NOTICE.md from the per-area notices in data/notices/ (each area owns its file).
 * Run: npx tsx scripts/build-notice.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../src/lexicon/paths.js';

const HEADER = `# Data notice

marsad's code is Apache-2.0. The data files under \`data/\` come from the sources below, each under its own licence;
the NER model is CC BY-SA 3.0 (share-alike with its training data). Build scripts in \`scripts/\` rebuild every derived
file from the raw inputs (\`../shared/data\`), which are not shipped. This file is assembled by
\`npx tsx scripts/build-notice.ts\` from \`data/notices/*.md\`.

The example reports in \`examples/\`: \`sirte-2016-08-02.ar.txt\` is an Al Jazeera Arabic report (2 August 2016), kept
verbatim as the project's reference input for demonstration and tests; the \`synthetic-*\` reports were written by the
marsad authors (CC0), their events are invented.
`;

const dir = dataPath('notices');
const parts = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(dir, f), 'utf8').trim());
writeFileSync(dataPath('NOTICE.md'), `${HEADER}\n${parts.map((p) => p.replace(/^#+ /, '## ')).join('\n\n')}\n`);
console.log(`data/NOTICE.md: ${parts.length} sections`);
