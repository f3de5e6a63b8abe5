/**
 * Bidirectional formatting controls (embeddings, overrides, isolates, marks). In a
 * title they can reorder what a reader sees ("Trojan Source"), so metadata shown as
 * titles and names is stripped of them; article text keeps them inside its own paragraph.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A metadata string made safe to display as a title or name: no bidi controls, no line breaks. */
export function displayText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}

/** `displayText` for optional values. */
export function displayTextOrNull(text: string | null): string | null {
  if (text === null) return null;
  const out = displayText(text);
  return out.length > 0 ? out : null;
}
