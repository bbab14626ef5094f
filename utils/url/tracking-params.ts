/**
 * Query parameters that only say how the reader arrived (campaign, click and newsletter
 * ids), never which article it is. Dropping them lets annotations made from a newsletter
 * link show up on the same page opened from a search result.
 * Sources: Firefox's query-stripping list and common analytics documentation.
 * Names are compared lowercased.
 */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // Ad-click ids
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'epik',
  // Analytics cross-domain linkers
  '_ga',
  '_gl',
  // Newsletter and marketing automation
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'ml_subscriber',
  'ml_subscriber_hash',
  // Social sharing
  'igshid',
  'igsh',
  'ref_src',
  'ref_url',
  // News-site share and campaign codes
  'smid',
  'smtyp',
  'cmpid',
  'ncid',
  'ocid',
]);

/** Prefixes whose whole family is tracking (utm_source, utm_medium, …). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_'];

/** Whether a query parameter name (already decoded) is tracking-only. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}
