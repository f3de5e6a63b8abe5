/** Stands in for a `data:` URI too large to keep; `resolveImage` reports it. */
export const TOO_LARGE_DATA_URI = 'data:x-dossier/too-large,';

const DATA_URI = /data:[a-z0-9.+/-]{0,100}(?:;[a-z0-9=._+-]{0,100}){0,5},[A-Za-z0-9+/=%._~\-\s]*/gi;

/** The page text to parse, how much of it is markup (not `data:` payloads), and whether it was cut. */
export interface PreparedInput {
  html: string;
  /** Characters outside `data:` payloads: what Readability has to score. */
  markupSize: number;
  /** Characters cut from the end of the page, 0 when it was parsed whole. */
  cut: number;
}

/**
 * Bounds the work of parsing a saved page: `data:` URIs longer than an image may be
 * (SingleFile pages inline every image and font) are replaced by a short marker, and
 * what remains is cut to `hardLimit` characters.
 */
export function prepareInput(html: string, maxDataUriChars: number, hardLimit: number): PreparedInput {
  let payload = 0;
  let out = html.replace(DATA_URI, (uri) => {
    if (uri.length > maxDataUriChars) return TOO_LARGE_DATA_URI;
    payload += uri.length;
    return uri;
  });
  let cut = 0;
  if (out.length > hardLimit) {
    cut = out.length - hardLimit;
    out = out.slice(0, hardLimit);
  }
  return { html: out, markupSize: Math.max(0, out.length - payload), cut };
}
