const TRACKING = /^(?:utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ocid|cmpid|ncid|smid|sr_share|s_cid|ito|guccounter|guce_referrer|guce_referrer_sig|ref|ref_src|ref_url|taid|soc_src|soc_trk|__twitter_impression|share|share_id|shareid|at_medium|at_campaign|xtor|icid|campaign_id|trk|trkid|li_fat_id|twclid|ttclid|srsltid|spm)$/i;

/** How a URL is tidied. */
export interface CleanUrlOptions {
  /** Keep the `#fragment` (a citation may point into the page); canonical URLs drop it. */
  keepFragment?: boolean;
}

/**
 * The one URL helper. Validate and tidy a URL: absolute http(s) only, no
 * credentials, at most 2,048 characters, normalised by WHATWG URL, tracking
 * parameters (utm_*, fbclid, gclid, …) removed, and the fragment removed unless
 * asked to keep it. Returns null for anything else.
 */
export function cleanUrl(input: unknown, options: CleanUrlOptions = {}): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().replace(/^<|>$/g, '');
  if (text.length > 2048 || !/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.username || url.password) return null;
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  if (options.keepFragment !== true) url.hash = '';
  return url.toString();
}
