import { oneLine } from './text.ts';
import type { CslDate, CslItem, CslName } from './types.ts';

/**
 * RIS, written from the CSL record (citation-js's RIS output drops `DA`,
 * lets a line break in a value start a new tag, and has no `NEWS`-specific
 * mapping we can rely on, so this is our own serializer).
 *
 * Each record: `TY  - NEWS` first, `ER  - ` last; one tag per line, every
 * value reduced to one line (no tag can be injected through a newline);
 * lines end with CR LF as the RIS specification requires.
 *
 * Tags: TY, ID (slug), TI, AU (one per author, "Family, Given, Suffix"),
 * T2 (newspaper = publisher), PY (year), DA (YYYY/MM/DD/), Y2 (access date),
 * UR, LA, N1 — each only when known.
 */

const EOL = '\r\n';

function line(tag: string, value: string): string {
  return `${tag}  - ${oneLine(value)}${EOL}`;
}

/** RIS date: `YYYY/MM/DD/`, with empty parts when unknown (`2020/06//`). */
export function risDate(date: CslDate): string {
  const [y, m, d] = date['date-parts'][0];
  const p = (n: number | undefined): string => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${String(y).padStart(4, '0')}/${p(m)}/${p(d)}/`;
}

/** "van Beethoven, Ludwig, Jr." or the literal. */
export function risName(n: CslName): string {
  if ('literal' in n) return n.literal;
  const family = [n['non-dropping-particle'], n.family].filter((x) => x !== undefined && x !== '').join(' ');
  const given = n.given ?? '';
  if (n.suffix !== undefined && n.suffix !== '') return `${family}, ${given}, ${n.suffix}`;
  return given === '' ? family : `${family}, ${given}`;
}

/** One record. */
export function risRecord(item: CslItem): string {
  let out = line('TY', 'NEWS');
  out += line('ID', item.id);
  out += line('TI', item.title);
  for (const a of item.author ?? []) out += line('AU', risName(a));
  if (item['container-title'] !== undefined) out += line('T2', item['container-title']);
  if (item.issued) {
    out += line('PY', String(item.issued['date-parts'][0][0]).padStart(4, '0'));
    out += line('DA', risDate(item.issued));
  }
  if (item.accessed) out += line('Y2', risDate(item.accessed));
  if (item.URL !== undefined) out += line('UR', item.URL);
  if (item.language !== undefined) out += line('LA', item.language);
  if (item.note !== undefined) out += line('N1', item.note);
  return `${out}ER  - ${EOL}`;
}

/** A `.ris` file: the records in the given order, separated by blank lines. */
export function toRis(items: readonly CslItem[]): string {
  return items.map(risRecord).join(EOL);
}
