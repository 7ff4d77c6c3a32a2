import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, backoffDelay, isRetryableStatus, parseRetryAfter } from './retry.js';

describe('retry policy', () => {
  it.each([[429, true], [500, true], [502, true], [503, true], [408, true], [501, false], [404, false], [403, false], [200, false]])(
    'status %i retryable: %s', (status, expected) => expect(isRetryableStatus(status)).toBe(expected));

  it.each([
    ['120', 120_000], [' 0 ', 0], ['Wed, 21 Oct 2015 07:28:30 GMT', 10_000], ['soon', null], [undefined, null],
  ])('Retry-After %s → %s ms', (value, expected) => {
    expect(parseRetryAfter(value, Date.parse('Wed, 21 Oct 2015 07:28:20 GMT'))).toBe(expected);
  });

  it.each([[0, 250, 500], [1, 500, 1000], [3, 2000, 4000], [10, 15_000, 30_000]])('attempt %i waits within [%i, %i] ms', (attempt, low, high) => {
    expect(backoffDelay(attempt, DEFAULT_RETRY, () => 0)).toBe(low);
    expect(backoffDelay(attempt, DEFAULT_RETRY, () => 1)).toBe(high);
  });
});
