import { sha256Hex } from '../utils/hash.ts';

/**
 * A store of stage outputs keyed by a hash of everything they depend on (the input's
 * bytes, the archive-wide context it saw, options, and the pipeline's code version,
 * which the store folds into every key). Values are plain JSON.
 */
export interface PipelineCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Counts these entries as used by this run without reading them, so `prune` keeps them. */
  keep?(keys: readonly string[]): void;
  /** Forgets every entry this run did not use (called once a run is complete). */
  prune?(): void;
}

/** A cache that remembers nothing (the default, and `--no-cache`). */
export const NO_CACHE: PipelineCache = { get: () => undefined, set: () => undefined };

/** The key of a value computed from these parts. */
export function cacheKey(stage: string, ...parts: (string | number)[]): string {
  return `${stage}-${sha256Hex(parts.join('\u0000')).slice(0, 32)}`;
}
