import type { Problem } from '../types.ts';
import { OVERRIDE_FIELDS, type OverrideOrigin, type Overrides, type OverrideSet } from './types.ts';

/**
 * Merges what the manifest row and the sidecar state about one input. Field by field
 * and line by line, the sidecar wins. A line that one source lists under both `keep`
 * and `remove` is reported, and that source says nothing about it.
 */
export function mergeOverrides(file: string, sidecar: OverrideSet | null, manifest: OverrideSet | null, problems: Problem[] = []): Overrides {
  const out: Overrides = { file, fields: {}, retrieved: null, hide: null, lines: [], problems: [...problems] };
  const lines = new Map<number, { keep: boolean; origin: OverrideOrigin }>();
  const sources: [OverrideOrigin, OverrideSet | null][] = [
    ['manifest', manifest],
    ['sidecar', sidecar],
  ];
  for (const [origin, set] of sources) {
    if (set === null) continue;
    for (const field of OVERRIDE_FIELDS) {
      const value = set.fields[field];
      if (value !== undefined) out.fields[field] = { value, origin };
    }
    if (set.retrieved !== undefined) out.retrieved = { value: set.retrieved, origin };
    if (set.hide !== undefined) out.hide = { value: set.hide, origin };
    const removed = new Set(set.remove);
    const both = set.keep.filter((n) => removed.has(n));
    if (both.length > 0) {
      out.problems.push({
        code: 'override-conflict',
        message: `${origin === 'sidecar' ? `${file}.dossier.yml` : 'manifest.csv'}: line${both.length === 1 ? '' : 's'} ${both.slice(0, 10).join(', ')}${both.length > 10 ? '…' : ''} listed under both keep and remove; left to the cleaner.`,
      });
    }
    const conflicted = new Set(both);
    for (const n of both) lines.delete(n);
    for (const n of set.keep) if (!conflicted.has(n)) lines.set(n, { keep: true, origin });
    for (const n of set.remove) if (!conflicted.has(n)) lines.set(n, { keep: false, origin });
  }
  out.lines = [...lines].sort((a, b) => a[0] - b[0]).map(([n, v]) => ({ n, ...v }));
  return out;
}
