import type { Problem } from '../types.ts';

/** Metadata fields a user may correct. */
export type OverrideField = 'title' | 'publisher' | 'author' | 'editor' | 'published' | 'url' | 'language';

export const OVERRIDE_FIELDS: readonly OverrideField[] = ['title', 'publisher', 'author', 'editor', 'published', 'url', 'language'];

/** Where a correction was written: the input's sidecar (`x.txt.dossier.yml`) or the archive's `manifest.csv`. */
export type OverrideOrigin = 'sidecar' | 'manifest';

/** What one source (a sidecar, or one manifest row) states about one input, validated. */
export interface OverrideSet {
  /** Corrected values; `null` clears a field (sidecar only: `author: null`). */
  fields: Partial<Record<OverrideField, string | null>>;
  /** ISO date the user retrieved the original. */
  retrieved?: string;
  hide?: boolean;
  /** 1-based line numbers forced kept / removed. */
  keep: number[];
  remove: number[];
}

/** The corrections for one input, sidecar and manifest merged (the sidecar wins). */
export interface Overrides {
  /** Input path relative to the content folder. */
  file: string;
  fields: Partial<Record<OverrideField, { value: string | null; origin: OverrideOrigin }>>;
  retrieved: { value: string; origin: OverrideOrigin } | null;
  hide: { value: boolean; origin: OverrideOrigin } | null;
  /** Forced line verdicts, by line number (ascending). */
  lines: { n: number; keep: boolean; origin: OverrideOrigin }[];
  /** What was wrong with the sidecar or manifest row (the rest of it still applies). */
  problems: Problem[];
}

/** An empty set of corrections. */
export function emptySet(): OverrideSet {
  return { fields: {}, keep: [], remove: [] };
}
