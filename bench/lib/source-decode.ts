import { parseSourceBody } from '../../src/sources/index.js';
import type { SourceDoc } from '../../src/types.js';

/** What the source layer made of raw bytes: documents to extract, or its stated reason for refusing them. */
export type Decoded = { docs: SourceDoc[]; rejected: string | null };

/**
 * Decodes raw bytes the way marsad's edge does (`parseSourceBody`: gzip, charset detection, format sniffing),
 * keeping the corpus record's date and source on every resulting document. A refusal with a stable error
 * code is a graceful outcome, not a crash.
 */
export function decodeWithSourceLayer(base: SourceDoc, bytes: Uint8Array, contentType: string | null): Decoded {
  const results = parseSourceBody(bytes, base.origin, { contentType, fileName: 'article.txt' });
  const docs: SourceDoc[] = [];
  const reasons: string[] = [];
  for (const result of results) {
    if (result.ok) docs.push({ ...result.doc, published: base.published ?? null, source: base.source ?? null });
    else reasons.push(`${result.error.code}: ${result.error.message}`);
  }
  return { docs, rejected: reasons.length > 0 ? reasons.join('; ') : null };
}
