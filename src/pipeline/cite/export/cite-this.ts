import { humanFromCsl } from './dates.ts';
import { displayName, invertedDisplayName } from './names.ts';
import { oneLine } from './text.ts';
import type { CslItem } from './types.ts';

/** Adds a period unless the text already ends with terminal punctuation. */
function period(s: string): string {
  return /[.!?]["'”’»)\]]*$/u.test(s) ? s : `${s}.`;
}

/** "Jones, Luke", "Jones, Luke, and Jane Doe", "Jones, Luke, Jane Doe, and Ann Lee". */
function authorList(item: CslItem): string | null {
  const names = item.author ?? [];
  const [first, ...rest] = names;
  if (first === undefined) return null;
  const head = invertedDisplayName(first);
  if (rest.length === 0) return head;
  const tail = rest.map(displayName);
  const lastName = tail.pop() ?? '';
  return [head, ...tail, `and ${lastName}`].join(', ');
}

/**
 * A ready-to-copy citation line in Chicago notes-bibliography style (plain
 * text, curly quotes), one line:
 *
 *   Jones, Luke. “Title.” Publisher, June 11, 2020. https://….
 *   Publisher. “Title.” June 11, 2020. https://….        (no author)
 *   Publisher. [Derived title]. n.d.                      (no headline, no date)
 *
 * "n.d." when undated; "Accessed …" only with a supplied retrieval date.
 */
export function citeThis(item: CslItem): string {
  const authors = authorList(item);
  const container = item['container-title'];
  const derived = item.custom.titleDerived || /^\[.*\]$/su.test(item.title);
  const parts: string[] = [];
  const lead = authors ?? container;
  if (lead !== undefined) parts.push(period(lead));
  if (derived) parts.push(period(item.title));
  else {
    const t = item.title;
    parts.push(/[.!?]$/u.test(t) ? `“${t}”` : `“${t}.”`);
  }
  const date = item.issued ? humanFromCsl(item.issued) : 'n.d.';
  parts.push(period(authors !== null && container !== undefined ? `${container}, ${date}` : date));
  if (item.accessed) parts.push(`Accessed ${humanFromCsl(item.accessed)}.`);
  if (item.URL !== undefined) parts.push(`${item.URL}.`);
  return oneLine(parts.join(' '));
}
