export { createFetcher, DEFAULT_USER_AGENT, DEFAULT_FETCH_MAX_BYTES } from './fetcher.js';
export type { Fetcher, FetcherOptions, FetchResponse, FetchRequestOptions, Validators } from './fetcher.js';
export { FetchError, isFetchError } from './fetch-error.js';
export { canonicalizeUrl, acceptCanonicalLink, isTrackingParam, type CanonicalOptions } from './canonical-url.js';
export { findForbiddenRange, createHostAllowance } from './address-policy.js';
export { createHostGate, type HostGate } from './host-gate.js';
export { readUrl, parseFetched, isUrlInput, type ReadUrlOptions } from './read-url.js';
export { parseRetryAfter, backoffDelay, isRetryableStatus, DEFAULT_RETRY, type RetryPolicy } from './retry.js';
