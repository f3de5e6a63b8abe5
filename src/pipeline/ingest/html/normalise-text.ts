/** Folds a run of text to one line: whitespace (including no-break spaces) collapsed, zero-width characters removed, trimmed. */
export function normaliseText(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
}
