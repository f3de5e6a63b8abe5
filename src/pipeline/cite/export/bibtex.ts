import { isoFromCsl } from './dates.ts';
import { oneLine } from './text.ts';
import type { CslItem, CslName } from './types.ts';

/**
 * BibTeX in the biblatex dialect, written from the CSL record.
 *
 * Entry type: `@article` with `entrysubtype = {newspaper}` — biblatex's own
 * type for a newspaper article (its manual recommends `@article` + `url` over
 * `@online` for articles that are also on the web); classic BibTeX reads it
 * as an article too. Key: the page slug (ASCII `[a-z0-9-]`, unique, stable
 * across builds). Fields: `title`, `author`, `journaltitle`, `date`, `url`,
 * `urldate`, `langid`, `note` — each only when known.
 *
 * Text is escaped so that it reads back (LaTeX → Unicode) to exactly the
 * stored string: the ten special characters become commands, braces become
 * `\textbraceleft{}`/`\textbraceright{}` (BibTeX counts even `\{`), TeX
 * ligatures (`--`, `''`, `,,`, ``` `` ```) are broken with `{}`, and
 * non-ASCII stays UTF-8 (biber and the UTF-8 LaTeX kernel read it). The
 * title is double-braced so styles keep its case as published.
 */

const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '`': '\\textasciigrave{}',
};

/** Escapes one line of text for a BibTeX field value. */
export function escapeLatex(s: string): string {
  return oneLine(s)
    .replace(/[\\{}%&#$_^~<>`]/g, (c) => LATEX[c] ?? c)
    .replace(/-(?=-)/g, '-{}')
    .replace(/'(?=')/g, "'{}")
    .replace(/,(?=,)/g, ',{}');
}

/** A BibTeX key from an id: the characters biber and BibTeX accept in keys. */
export function bibtexKey(id: string): string {
  const k = id.replace(/[^A-Za-z0-9_:.-]+/g, '-');
  return k === '' ? 'item' : k;
}

/** Braces a name part that BibTeX would otherwise split ("and", commas). */
function namePart(s: string): string {
  const e = escapeLatex(s);
  return /,|(?:^|\s)and(?:\s|$)/i.test(s) ? `{${e}}` : e;
}

/** "van Beethoven, Jr., Ludwig" (BibTeX's "von Last, Jr, First"); literals in braces. */
export function bibtexName(n: CslName): string {
  if ('literal' in n) return `{${escapeLatex(n.literal)}}`;
  const last = [n['non-dropping-particle'], n.family].filter((x): x is string => x !== undefined && x !== '').map((x) => namePart(x)).join(' ');
  const parts = [last];
  if (n.suffix !== undefined && n.suffix !== '') parts.push(namePart(n.suffix));
  if (n.given !== undefined && n.given !== '') parts.push(namePart(n.given));
  else if (parts.length > 1) parts.push('');
  return parts.join(', ');
}

/** A URL for a verbatim field: balanced, single-line. */
function bibtexUrl(url: string): string {
  return oneLine(url).replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** BCP 47 primary (and a few regional) tags → babel/polyglossia names for `langid`. */
const LANGID: Record<string, string> = {
  'en-us': 'american', 'en-gb': 'british', 'en-au': 'australian', 'en-ca': 'canadian', 'en-nz': 'newzealand',
  'de-at': 'austrian', 'de-ch': 'swissgerman', 'pt-br': 'brazilian',
  en: 'english', de: 'ngerman', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch',
  sv: 'swedish', da: 'danish', nb: 'norsk', nn: 'nynorsk', no: 'norsk', fi: 'finnish', pl: 'polish', cs: 'czech',
  sk: 'slovak', sl: 'slovenian', hr: 'croatian', hu: 'hungarian', ro: 'romanian', ru: 'russian', uk: 'ukrainian',
  el: 'greek', tr: 'turkish', ca: 'catalan', gl: 'galician', eu: 'basque', et: 'estonian', lv: 'latvian',
  lt: 'lithuanian', he: 'hebrew', ar: 'arabic', fa: 'farsi', hi: 'hindi', id: 'indonesian', ms: 'malay',
  vi: 'vietnamese', th: 'thai', ja: 'japanese', zh: 'chinese', ko: 'korean',
};

/** The biblatex `langid` for a BCP 47 tag, or null when it has no common babel name. */
export function langid(tag: string): string | null {
  const t = tag.toLowerCase();
  const m = /^([a-z]{2,3})(?:-([a-z]{2}))?/.exec(t);
  if (!m) return null;
  return (m[2] !== undefined ? LANGID[`${m[1]}-${m[2]}`] : undefined) ?? LANGID[m[1] ?? ''] ?? null;
}

/** One entry. */
export function bibtexEntry(item: CslItem): string {
  const fields: [string, string][] = [['entrysubtype', 'newspaper'], ['title', `{${escapeLatex(item.title)}}`]];
  if (item.author && item.author.length > 0) fields.push(['author', item.author.map(bibtexName).join(' and ')]);
  if (item['container-title'] !== undefined) fields.push(['journaltitle', escapeLatex(item['container-title'])]);
  if (item.issued) fields.push(['date', isoFromCsl(item.issued)]);
  if (item.URL !== undefined) fields.push(['url', bibtexUrl(item.URL)]);
  if (item.accessed) fields.push(['urldate', isoFromCsl(item.accessed)]);
  const lang = item.language !== undefined ? langid(item.language) : null;
  if (lang !== null) fields.push(['langid', lang]);
  if (item.note !== undefined) fields.push(['note', escapeLatex(item.note)]);
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}},`).join('\n');
  return `@article{${bibtexKey(item.id)},\n${body}\n}\n`;
}

/** A `.bib` file: the entries in the given order, separated by blank lines. */
export function toBibtex(items: readonly CslItem[]): string {
  return items.map(bibtexEntry).join('\n');
}
