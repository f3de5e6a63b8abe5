import type { Article, LineVerdict, Metadata, Problem } from '../types.ts';
import type { Overrides } from './types.ts';

/**
 * Applies a user's corrections to a cleaned article, without touching the original:
 * forced lines get `keep` and the reason `user-keep` / `user-remove`; corrected metadata
 * replaces the cleaner's with provenance `user:sidecar` or `user:manifest` (a cleared
 * field becomes null, without provenance). A line number the article does not have,
 * or a blank line forced kept, is reported and skipped.
 */
export function applyOverrides(article: Article, overrides: Overrides): { article: Article; hidden: boolean; retrieved: string | null; problems: Problem[] } {
  const problems: Problem[] = [...overrides.problems];
  const byLine = new Map(article.verdicts.map((v, i) => [v.n, i]));
  const verdicts: LineVerdict[] = article.verdicts.map((v) => ({ ...v }));
  const missing: number[] = [];
  const blank: number[] = [];
  for (const forced of overrides.lines) {
    const i = byLine.get(forced.n);
    const verdict = i === undefined ? undefined : verdicts[i];
    if (verdict === undefined) {
      missing.push(forced.n);
      continue;
    }
    if (forced.keep && verdict.text.trim() === '') {
      blank.push(forced.n);
      continue;
    }
    verdict.keep = forced.keep;
    verdict.reason = forced.keep ? 'user-keep' : 'user-remove';
  }
  const where = overrides.file;
  if (missing.length > 0) problems.push({ code: 'override-line-missing', message: `${where}: no line ${listed(missing)} (the input has ${article.verdicts.length} lines); ignored.` });
  if (blank.length > 0) problems.push({ code: 'override-line-blank', message: `${where}: line ${listed(blank)} is blank and cannot be kept; ignored.` });

  const meta: Metadata = { ...article.meta, provenance: { ...article.meta.provenance } };
  for (const [field, set] of Object.entries(overrides.fields) as [keyof Overrides['fields'], NonNullable<Overrides['fields'][keyof Overrides['fields']]>][]) {
    const provenance = `user:${set.origin}`;
    if (field === 'title') {
      if (set.value === null) continue;
      meta.title = set.value;
      meta.displayTitle = set.value;
      meta.titleDerived = false;
      meta.provenance.title = provenance;
      meta.provenance.displayTitle = provenance;
      continue;
    }
    meta[field] = set.value;
    if (set.value === null) delete meta.provenance[field];
    else meta.provenance[field] = provenance;
  }
  return {
    article: { ...article, verdicts, meta },
    hidden: overrides.hide?.value ?? false,
    retrieved: overrides.retrieved?.value ?? null,
    problems,
  };
}

function listed(lines: readonly number[]): string {
  return `${lines.slice(0, 10).join(', ')}${lines.length > 10 ? '…' : ''}`;
}
