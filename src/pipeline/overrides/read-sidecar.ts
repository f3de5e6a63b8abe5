import { parseDocument } from 'yaml';
import type { Problem } from '../types.ts';
import { parseLineList } from './parse-line-list.ts';
import { emptySet, OVERRIDE_FIELDS, type OverrideField, type OverrideSet } from './types.ts';
import { checkBoolean, checkDate, checkField } from './validate-value.ts';

const KNOWN = new Set<string>([...OVERRIDE_FIELDS, 'retrieved', 'hide', 'lines']);

/**
 * Reads a sidecar (`article.txt.dossier.yml`): YAML with the core schema only (no custom
 * tags, no merge keys, few aliases), a mapping of `title`, `publisher`, `author`,
 * `editor`, `published`, `url`, `language`, `retrieved`, `hide` and `lines: {keep, remove}`.
 * Whatever is malformed is reported and left out; the rest applies. Never throws.
 */
export function parseSidecar(text: string, name: string): { set: OverrideSet; problems: Problem[] } {
  const set = emptySet();
  const problems: Problem[] = [];
  const problem = (message: string): void => {
    problems.push({ code: 'sidecar-invalid', message: `${name}: ${message}.` });
  };
  let data: unknown;
  try {
    const doc = parseDocument(text, { schema: 'core', customTags: [], merge: false, uniqueKeys: true, prettyErrors: false, strict: true });
    if (doc.errors.length > 0) {
      problem(`not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? 'parse error'})`);
      return { set, problems };
    }
    // Unknown tags (`!custom`, `!!js/function`) are never resolved: the value stays plain text, and the tag is reported.
    for (const warning of doc.warnings) problem(`ignored: ${warning.message.split('\n')[0] ?? 'a YAML warning'}`);
    data = doc.toJS({ maxAliasCount: 16 });
  } catch (error) {
    problem(`not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`);
    return { set, problems };
  }
  if (data === null || data === undefined) return { set, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problem('expected a mapping of fields (title: …, published: …)');
    return { set, problems };
  }
  const record = data as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (!KNOWN.has(key)) {
      problem(`unknown field "${key.slice(0, 40)}" (known: ${[...KNOWN].join(', ')})`);
      continue;
    }
    if (key === 'lines') {
      readLines(value, set, problem);
    } else if (key === 'hide') {
      const checked = checkBoolean(value);
      if (checked.ok) set.hide = checked.value;
      else problem(`hide: ${checked.error}`);
    } else if (key === 'retrieved') {
      const checked = checkDate(value);
      if (checked.ok) set.retrieved = checked.value;
      else problem(`retrieved: ${checked.error}`);
    } else {
      const field = key as OverrideField;
      const checked = checkField(field, value);
      if (checked.ok) set.fields[field] = checked.value;
      else problem(`${field}: ${checked.error}`);
    }
  }
  return { set, problems };
}

function readLines(value: unknown, set: OverrideSet, problem: (message: string) => void): void {
  if (value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problem('lines: expected keep: […] and/or remove: […]');
    return;
  }
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    if (key !== 'keep' && key !== 'remove') {
      problem(`lines: unknown list "${key.slice(0, 40)}" (use keep or remove)`);
      continue;
    }
    const parsed = parseLineList(list);
    for (const error of parsed.errors) problem(`lines.${key}: ${error}`);
    set[key] = parsed.lines;
  }
}
