/** A metadata value found in the input, with where it came from. */
export interface Found {
  value: string;
  /** `line N`, `yaml:key` or `derived:…`. */
  provenance: string;
}

/**
 * Collapse whitespace and trim surrounding punctuation that is never part of a name or title; read Markdown
 * links and emphasis wrapping the whole value ("*A standfirst*", "[Jo Doe](/authors/jo)") and a text browser's
 * link numbers ("[9]Jo Doe") as the words they mark.
 */
export function tidy(value: string): string {
  const plain = value
    .replace(/\[([^\]\n]{1,200})\]\([^)\s]{0,2000}\)/g, '$1')
    .replace(/\[\d{1,4}\](?=\S)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const unwrapped = /^([*_]{1,3})(\S(?:.*\S)?)\1$/u.exec(plain)?.[2] ?? plain;
  return unwrapped.replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/g, '').trim();
}
