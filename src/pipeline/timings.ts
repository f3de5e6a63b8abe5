/** The pipeline's stages, in data-flow order, plus the build steps after it. */
export type Stage = 'ingest' | 'clean' | 'describe' | 'cite' | 'synthesize' | 'emit' | 'astro' | 'pagefind' | 'service-worker';

/** Milliseconds spent per stage. Kept out of the build output: timings are not deterministic. */
export type Timings = Partial<Record<Stage, number>>;

/** Accumulates wall-clock time per stage. */
export interface StageTimer {
  readonly timings: Timings;
  /** Runs `fn`, adding its duration to `stage`. */
  time<T>(stage: Stage, fn: () => T): T;
}

/** A timer that records into a fresh `Timings`. */
export function createTimer(): StageTimer {
  const timings: Timings = {};
  return {
    timings,
    time<T>(stage: Stage, fn: () => T): T {
      const start = performance.now();
      try {
        return fn();
      } finally {
        timings[stage] = (timings[stage] ?? 0) + (performance.now() - start);
      }
    },
  };
}

/** A timer that records nothing (the default). */
export const NO_TIMER: StageTimer = { timings: {}, time: (_stage, fn) => fn() };
