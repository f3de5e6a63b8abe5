/** A metadata value found in the input, with where it came from. */
export interface Found {
  value: string;
  /** `line N`, `yaml:key` or `derived:…`. */
  provenance: string;
}

/** Collapse whitespace and trim surrounding punctuation that is never part of a name or title. */
export function tidy(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/g, '')
    .trim();
}
