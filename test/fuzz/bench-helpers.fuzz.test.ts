import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../bench/lib/csv.js';
import { createRng } from '../../bench/lib/rng.js';
import { toQuantile } from '../../bench/lib/stats.js';
import { FUZZ_SEED } from './arbitraries.js';

const toCsvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

describe('bench helpers (fast-check, fixed seed)', () => {
  it('parseCsv reads back any table written with RFC 4180 quoting (commas, quotes, newlines, Arabic)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ب', ',', '"', '\n', '\r\n', ' ', '،', '1'), maxLength: 12 });
    // Two columns at least: a row whose only cell is empty would write as an empty line.
    const table = fc.array(fc.tuple(cell, cell, cell).map((r) => [...r]), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, (rows) => {
        const text = `${rows.map((r) => r.map(toCsvField).join(',')).join('\n')}\n`;
        expect(parseCsv(text)).toEqual(rows);
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  });

  it('toQuantile returns a member between min and max, monotonic in q', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, q) => {
        const v = toQuantile(values, q);
        expect(values).toContain(v);
        expect(toQuantile(values, Math.min(1, q + 0.1))).toBeGreaterThanOrEqual(v);
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  });

  it('the seeded PRNG replays the same sequence and stays in [0, 1)', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 1000; i++) {
      const x = a.next();
      expect(x).toBe(b.next());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
