import { describe, expect, it } from 'vitest';
import { toEventId } from './ids.js';

describe('toEventId', () => {
  it('is stable and depends on document, type and trigger span', () => {
    const a = toEventId('doc1', 'ASSAULT', [10, 15]);
    expect(toEventId('doc1', 'ASSAULT', [10, 15])).toBe(a);
    expect(toEventId('doc2', 'ASSAULT', [10, 15])).not.toBe(a);
    expect(toEventId('doc1', 'PROTEST', [10, 15])).not.toBe(a);
    expect(toEventId('doc1', 'ASSAULT', [11, 15])).not.toBe(a);
    expect(a).toMatch(/^ev_[0-9a-f]{20}$/);
  });
});
