import type { FeedsFile } from '../sources/feeds/index.js';
import type { FetcherOptions } from '../sources/fetch/index.js';
import { integerOption, stringOption, type CommandContext, type OptionSpec } from './command.js';

/** Network flags shared by every command that fetches URLs (`ingest URL…`, `watch`). */
export const FETCH_OPTIONS: Record<string, OptionSpec> = {
  'allow-host': { type: 'string', multiple: true, description: 'fetch this host even when it resolves to a private or loopback address (repeatable)', placeholder: 'HOST' },
  'user-agent': { type: 'string', description: 'User-Agent header sent with every request', placeholder: 'UA' },
  'min-delay-ms': { type: 'string', description: 'least wait between two requests to the same host (default 1000)', placeholder: 'MS' },
  'timeout-ms': { type: 'string', description: 'time limit per request attempt (default 30000)', placeholder: 'MS' },
};

/** Reads the network flags (and a feeds file's settings, which the flags override) into fetcher options. */
export function toFetcherOptions(ctx: CommandContext, file?: FeedsFile): FetcherOptions {
  const flagHosts = ctx.values['allow-host'];
  const options: FetcherOptions = {
    allowHosts: [...(file?.allow_hosts ?? []), ...(Array.isArray(flagHosts) ? flagHosts : [])],
  };
  const userAgent = stringOption(ctx.values, 'user-agent') ?? file?.user_agent;
  const minDelayMs = integerOption(ctx.values, 'min-delay-ms') ?? file?.min_delay_ms;
  const timeoutMs = integerOption(ctx.values, 'timeout-ms') ?? file?.timeout_ms;
  if (userAgent !== undefined) options.userAgent = userAgent;
  if (minDelayMs !== undefined) options.minDelayMs = minDelayMs;
  if (timeoutMs !== undefined) options.timeoutMs = timeoutMs;
  if (file?.max_bytes !== undefined) options.maxBytes = file.max_bytes;
  if (file?.retries !== undefined) options.retry = { retries: file.retries };
  if (file !== undefined) options.robots = file.robots;
  return options;
}
