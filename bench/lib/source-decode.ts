import type { SourceDoc } from '../../src/types.js';

export interface BodyDecoder {
  kind: 'source-layer' | 'textdecoder-fallback';
  decode(doc: SourceDoc, bytes: Uint8Array, contentType: string | null): SourceDoc;
}

/**
 * Decodes raw bytes the way marsad's source layer does (`parseSourceBody`); until that exists,
 * a plain UTF-8 TextDecoder (replacement characters) stands in and the run says so.
 */
export async function loadBodyDecoder(): Promise<BodyDecoder> {
  const fallback: BodyDecoder = {
    kind: 'textdecoder-fallback',
    decode: (doc, bytes) => ({ ...doc, body: new TextDecoder('utf-8').decode(bytes) }),
  };
  return fallback;
}
