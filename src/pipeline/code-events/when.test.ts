import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../types.js';
import { toFatalities } from './when.js';

const q = (min: number | null, max: number | null, noun: string | null = null, kind: Quantity['kind'] = 'killed', approximate = false): Quantity => ({
  kind, min, max, approximate, text: String(min), span: [0, 1], noun,
});

describe('toFatalities (ACLED conservative rule)', () => {
  it.each([
    { name: 'no killed count', qs: [q(3, 3, 'جرحى', 'injured')], out: null },
    { name: 'one count', qs: [q(5, 5)], out: { min: 5, max: 5 } },
    { name: 'two reports of one group take the smaller', qs: [q(5, 5, 'soldiers'), q(7, 7, 'soldiers')], out: { min: 5, max: 7 } },
    { name: 'different groups add up', qs: [q(2, 2, 'soldiers'), q(3, 3, 'civilians')], out: { min: 5, max: 5 } },
    { name: 'a total restates the groups', qs: [q(6, 6, 'civilians'), q(6, 6, 'fatalities')], out: { min: 6, max: 6 } },
    { name: 'open range keeps max null', qs: [q(21, null, 'elements')], out: { min: 21, max: null } },
    { name: '"several" is an unknown number: 10', qs: [q(3, null, 'soldiers', 'killed', true)], out: { min: 10, max: null } },
    { name: '"a number of" plus one named death: 11', qs: [q(2, null, 'fighters', 'killed', true), q(1, 1, 'fighter')], out: { min: 11, max: null } },
    { name: '"at least 3" keeps its minimum', qs: [q(3, null, 'fighters')], out: { min: 3, max: null } },
    { name: '"dozens" keeps 12', qs: [q(12, 99, 'people', 'killed', true)], out: { min: 12, max: 99 } },
    { name: 'injured are not killed', qs: [q(3, null, 'fighters', 'injured', true)], out: null },
  ])('$name', ({ qs, out }) => {
    expect(toFatalities(qs, (n) => n === 'fatalities')).toEqual(out);
  });
});
