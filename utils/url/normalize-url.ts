import { isTrackingParam } from './tracking-params';

/**
 * The page identity annotations are stored under: the same article reached from a
 * newsletter, a share button or a search result must map to one key.
 *
 * For http(s): drops the fragment, tracking parameters (utm_*, fbclid, gclid, …) and any
 * user:password (never worth storing or exporting), sorts the remaining parameters by name
 * (stable, so repeated names keep their order), lowercases the host and drops default
 * ports. Each kept parameter keeps its original encoding, because servers differ on `+`
 * versus `%20` and on `?a` versus `?a=`.
 * Anything else (file:, about:, unparsable text) comes back unchanged except the fragment.
 */
export function normalizeUrl(url: string): string {
  const withoutFragment = stripFragment(url.trim());
  let parsed: URL;
  try {
    parsed = new URL(withoutFragment);
  } catch {
    return withoutFragment;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return withoutFragment;
  // URL already lowercases the host and drops :80 / :443.
  parsed.username = '';
  parsed.password = '';
  parsed.search = normalizeQuery(parsed.search);
  return parsed.href;
}

/**
 * The site an annotation belongs to, for grouping: the host name, lowercased, without a
 * leading "www.". Empty for URLs without a host (file:, about:, unparsable).
 */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url.trim()).hostname;
  } catch {
    return '';
  }
  return host.startsWith('www.') ? host.slice(4) : host;
}

function stripFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** Filters and sorts `?a=1&b=2` pair by pair, leaving each kept pair's bytes as they were. */
function normalizeQuery(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => ({ pair, name: decodeName(pair) }))
    .filter(({ name }) => !isTrackingParam(name));
  // Array.prototype.sort is stable, so `a=2&a=1` keeps its order.
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return pairs.length ? `?${pairs.map(({ pair }) => pair).join('&')}` : '';
}

function decodeName(pair: string): string {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw; // malformed escapes: compare the raw text
  }
}
