import type { Problem } from '../types.ts';
import { parseCsv } from './parse-csv.ts';
import { parseLineList } from './parse-line-list.ts';
import { emptySet, OVERRIDE_FIELDS, type OverrideField, type OverrideSet } from './types.ts';
import { checkBoolean, checkDate, checkField } from './validate-value.ts';

/** The columns of `manifest.csv`; only `file` is required. */
export const MANIFEST_COLUMNS = ['file', 'title', 'publisher', 'author', 'editor', 'published', 'url', 'language', 'retrieved', 'hide', 'keep', 'remove'] as const;

/** An input path as a manifest may write it: `/` separators, no leading `./`. */
export function normalisePath(path: string): string {
  return path.trim().replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/**
 * Reads `manifest.csv`: a header row naming columns (see MANIFEST_COLUMNS, any order,
 * any case), then one row per input. Empty cells state nothing. `keep`/`remove` are line
 * lists (`3;5-7`). Returns the validated corrections by input path; problems of a row
 * (a bad cell, which is skipped) by input path; and problems of the manifest itself
 * (header, a row naming no known input, a repeated row, which are skipped).
 */
export function parseManifest(
  text: string,
  files: ReadonlySet<string>,
  name = 'manifest.csv',
): { sets: Map<string, OverrideSet>; problems: Problem[]; fileProblems: Map<string, Problem[]> } {
  const sets = new Map<string, OverrideSet>();
  const problems: Problem[] = [];
  const fileProblems = new Map<string, Problem[]>();
  const problem = (message: string, file?: string): void => {
    const entry = { code: 'manifest-invalid', message: `${name}: ${message}.` };
    if (file === undefined) problems.push(entry);
    else fileProblems.set(file, [...(fileProblems.get(file) ?? []), entry]);
  };
  const { rows, errors } = parseCsv(text);
  for (const error of errors) problem(error);
  const header = rows[0];
  if (!header) return { sets, problems, fileProblems };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  if (!columns.includes('file')) {
    problem(`the first row must name the columns, including "file" (found: ${columns.join(', ').slice(0, 120)})`);
    return { sets, problems, fileProblems };
  }
  columns.forEach((c, i) => {
    if (!(MANIFEST_COLUMNS as readonly string[]).includes(c)) problem(`column ${i + 1} "${c.slice(0, 40)}" is not known and is ignored`);
  });
  const seen = new Set<string>();
  for (const row of rows.slice(1)) {
    const at = `line ${row.line}`;
    const extra = row.cells.length > columns.length;
    const cell = (column: string): string => {
      const i = columns.indexOf(column);
      return i === -1 ? '' : (row.cells[i] ?? '').trim();
    };
    const file = normalisePath(cell('file'));
    if (file === '') {
      problem(`${at}: no file named`);
      continue;
    }
    if (!files.has(file)) {
      problem(`${at}: no input named "${file.slice(0, 120)}"`);
      continue;
    }
    if (seen.has(file)) {
      problem(`${at}: "${file}" is listed again; only its first row applies`);
      continue;
    }
    seen.add(file);
    if (extra) problem(`${at} (${file}): ${row.cells.length} cells for ${columns.length} columns; the extra cells are ignored`, file);
    const set = emptySet();
    for (const field of OVERRIDE_FIELDS) {
      const value = cell(field);
      if (value === '') continue;
      const checked = checkField(field as OverrideField, value);
      if (checked.ok) set.fields[field] = checked.value;
      else problem(`${at} (${file}): ${field}: ${checked.error}`, file);
    }
    const retrieved = cell('retrieved');
    if (retrieved !== '') {
      const checked = checkDate(retrieved);
      if (checked.ok) set.retrieved = checked.value;
      else problem(`${at} (${file}): retrieved: ${checked.error}`, file);
    }
    const hide = cell('hide');
    if (hide !== '') {
      const checked = checkBoolean(hide);
      if (checked.ok) set.hide = checked.value;
      else problem(`${at} (${file}): hide: ${checked.error}`, file);
    }
    for (const list of ['keep', 'remove'] as const) {
      const parsed = parseLineList(cell(list));
      for (const error of parsed.errors) problem(`${at} (${file}): ${list}: ${error}`, file);
      set[list] = parsed.lines;
    }
    sets.set(file, set);
  }
  return { sets, problems, fileProblems };
}
