/**
 * Query parameters that only track a click (campaign, referrer, ad ids): two URLs differing only in these name
 * the same article. Protocol-level constants, like default ports; extend per run with `stripParams`.
 */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'wt_mc', 'wt.mc_id', 'ocid', 'cmpid', 'ito', 'at_medium', 'at_campaign', 'ref_src', 'ref_url',
  'spm', 'share', 'shared', 'rss', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'at_'];

/** True for query keys that only track a click. */
export function isTrackingParam(key: string, extra: ReadonlySet<string> = new Set()): boolean {
  const lower = key.toLowerCase();
  return TRACKING_EXACT.has(lower) || extra.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** `%7e` → `~`, other escapes upper-cased: two spellings of one path become one. */
function normalizeEscapes(part: string): string {
  return part.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

export interface CanonicalOptions {
  /** Base for relative URLs. */
  base?: string;
  /** More query keys to drop (lower-case). */
  stripParams?: ReadonlySet<string>;
}

/**
 * The identity of a web address: http(s) only, lower-case host without a trailing dot, no default port, no
 * credentials, no fragment, tracking parameters dropped, the others sorted, escapes normalised, and no trailing
 * slash except at the root. Returns null for other schemes or unparsable input.
 */
export function canonicalizeUrl(input: string, options: CanonicalOptions = {}): string | null {
  let url: URL;
  try {
    url = new URL(input.trim(), options.base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.replace(/\.$/, '');
  const params = [...url.searchParams].filter(([key]) => !isTrackingParam(key, options.stripParams));
  params.sort(([a, va], [b, vb]) => (a < b ? -1 : a > b ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  url.search = params.length === 0 ? '' : new URLSearchParams(params).toString();
  let path = normalizeEscapes(url.pathname);
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '') || '/';
  url.pathname = path;
  return url.toString();
}

/**
 * The page's own `<link rel=canonical>` when it is usable: an http(s) address that is not the site root for a
 * page that is not the root (a common CMS bug points every article at the home page). Else null.
 */
export function acceptCanonicalLink(link: string | null | undefined, pageUrl: string, options: CanonicalOptions = {}): string | null {
  if (!link) return null;
  const canonical = canonicalizeUrl(link, { ...options, base: pageUrl });
  if (canonical === null) return null;
  const page = new URL(pageUrl);
  const target = new URL(canonical);
  if (target.pathname === '/' && target.search === '' && (page.pathname !== '/' || page.search !== '')) return null;
  return canonical;
}
