/**
 * Story analytics of the synthesize stage — one entry point for the story page.
 *
 * `analyseStory(sources)`:
 *  1. `duplicates` — syndicated copies (`syndication.ts`); applied as `duplicateOf` (unless already set)
 *     before the other analyses, so a wire story on five sites counts once;
 *  2. `entities` — people and organisations with the passages naming them (`entities.ts`);
 *  3. `timeline` — dated events, merged across sources, in date order, each with a `weight` for
 *     top-N selection (`timeline.ts`; `topEvents`, `timelineRows` help the page);
 *  4. `uniqueFacts` — what only one source reports, best first (`coverage.ts`);
 *  5. `conflicts` — numbers the sources disagree on (`coverage.ts`).
 * Pure and deterministic (every sort has a tie-break on input order or text); near-linear in the input.
 * Quotes are not computed here.
 */
import type { Entity } from './entities.ts';
import { findEntities } from './entities.ts';
import type { Conflict, UniqueFact } from './coverage.ts';
import { numericConflicts, uniqueFacts } from './coverage.ts';
import { findDuplicates, withDuplicates } from './syndication.ts';
import type { StorySource, TimelineEvent } from './timeline.ts';
import { buildTimeline } from './timeline.ts';

export type { Entity } from './entities.ts';
export type { Conflict, ConflictValue, UniqueFact } from './coverage.ts';
export type { StorySource, TimelineEvent, TimelineRow } from './timeline.ts';
export { topEvents, timelineRows } from './timeline.ts';

export interface AnalysisOptions {
  /** Jaccard threshold for near-duplicates (default 0.8). */
  duplicateThreshold?: number;
  /** Unique facts kept per source (default 3). */
  uniquePerSource?: number;
  /** Citation passage id of a related-coverage item (default `related-<i+1>`). */
  relatedPassageId?: (i: number) => string;
  /** Citation passage id of a record's headline when it has no passages (default `record`). */
  recordPassageId?: string;
}

export interface StoryAnalysis {
  /** source → the earlier source it copies. */
  duplicates: Map<string, string>;
  timeline: TimelineEvent[];
  entities: Entity[];
  /** source → its unique facts, best first (duplicates get none). */
  uniqueFacts: Map<string, UniqueFact[]>;
  conflicts: Conflict[];
}

export function analyseStory(sources: readonly StorySource[], options: AnalysisOptions = {}): StoryAnalysis {
  const dupOpts = options.duplicateThreshold === undefined ? {} : { threshold: options.duplicateThreshold };
  const duplicates = findDuplicates(sources, dupOpts);
  const marked = withDuplicates(sources, duplicates);
  const entities = findEntities(marked);
  const tlOpts: Parameters<typeof buildTimeline>[1] = { entities };
  if (options.relatedPassageId) tlOpts.relatedPassageId = options.relatedPassageId;
  if (options.recordPassageId !== undefined) tlOpts.recordPassageId = options.recordPassageId;
  const timeline = buildTimeline(marked, tlOpts);
  const ufOpts = options.uniquePerSource === undefined ? {} : { perSource: options.uniquePerSource };
  return {
    duplicates,
    timeline,
    entities,
    uniqueFacts: uniqueFacts(marked, ufOpts),
    conflicts: numericConflicts(marked),
  };
}
