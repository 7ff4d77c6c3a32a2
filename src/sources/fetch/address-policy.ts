import { BlockList, isIP } from 'node:net';

/** Ranges never fetched unless the host is explicitly allowed: loopback, private, link-local, CGNAT, multicast, reserved. */
const V4_BLOCKED: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (CGNAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const V6_BLOCKED: Array<[string, number, string]> = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'private'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

const lists = new Map<string, BlockList>();
for (const [network, prefix, label] of [...V4_BLOCKED, ...V6_BLOCKED]) {
  const list = lists.get(label) ?? new BlockList();
  list.addSubnet(network, prefix, isIP(network) === 6 ? 'ipv6' : 'ipv4');
  lists.set(label, list);
}

/** The IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::/96) IPv6 address. */
function embeddedV4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex?.[1] || !hex[2]) return null;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/**
 * Why an address must not be fetched (`'loopback'`, `'private'`, …), or null when it is a public unicast
 * address. Anything that is not an IP literal is refused as `'not an IP address'`.
 */
export function findForbiddenRange(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const v4 = family === 6 ? embeddedV4(address) : address;
  const [checked, type] = v4 ? [v4, 'ipv4' as const] : [address, 'ipv6' as const];
  for (const [label, list] of lists) if (list.check(checked, type)) return label;
  return null;
}

/** A URL hostname without IPv6 brackets or a trailing dot, lower-cased. */
export function toHostKey(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
}

/**
 * Matcher for hosts the user allowed explicitly (`example.org`, `127.0.0.1`, `::1`, or `*.example.org` for
 * subdomains): an allowed host may resolve to a private address.
 */
export function createHostAllowance(hosts: readonly string[]): (hostname: string) => boolean {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const host of hosts) {
    const key = toHostKey(host.trim());
    if (key.startsWith('*.')) suffixes.push(key.slice(1));
    else if (key !== '') exact.add(key);
  }
  return (hostname) => {
    const key = toHostKey(hostname);
    return exact.has(key) || suffixes.some((suffix) => key.endsWith(suffix));
  };
}
