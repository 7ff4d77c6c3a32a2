/**
 * The load generator, run as a SECOND process so it does not share the server's event loop:
 * `node --import tsx bench/lib/load-client.ts '<json options>'`. Prints one JSON result line.
 * Only loopback targets are accepted.
 */
import autocannon from 'autocannon';

interface LoadOptions {
  url: string;
  paths: string[];
  rate: number;
  durationS: number;
  connections: number;
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
  const host = new URL(options.url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') throw new Error(`refusing non-loopback target ${host}`);
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    overallRate: options.rate,
    timeout: 10,
    requests: options.paths.map((path) => ({ method: 'GET', path })),
  });
  process.stdout.write(`${JSON.stringify({
    p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max,
    mean: result.latency.average, requests: result.requests.total, rps: result.requests.average,
    ok: result['2xx'], non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, duration: result.duration,
  })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`load-client: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
