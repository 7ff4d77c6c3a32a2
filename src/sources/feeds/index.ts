export { loadFeedsFile, parseFeedsFile, FeedsFileSchema, DEFAULT_INTERVAL_SECONDS, type FeedsFile, type FeedConfig } from './config.js';
export { loadFeedState, type FeedState } from './feed-state.js';
export { toItemKey, readFeedItem } from './feed-items.js';
export { pollFeed, MAX_ITEM_ATTEMPTS, type PollFeedOptions, type FeedPollReport } from './poll-feed.js';
export { runFeedSchedule, type ScheduleOptions } from './schedule.js';
export { readWebInput, type WebInputOptions } from './read-web-input.js';
