/** The pipeline's stages, in data-flow order, plus the build steps after it. */
export type Stage = 'ingest' | 'clean' | 'describe' | 'cite' | 'synthesize' | 'emit' | 'astro' | 'pagefind' | 'service-worker';

/** Milliseconds spent per stage. Kept out of the build output: timings are not deterministic. */
export type Timings = Partial<Record<Stage, number>>;

/** Accumulates wall-clock time per stage, and hears progress within long stages. */
export interface StageTimer {
  readonly timings: Timings;
  /** Runs `fn`, adding its duration to `stage`. */
  time<T>(stage: Stage, fn: () => T): T;
  /** `done` of `total` items of `stage` are finished. */
  progress?: (stage: Stage, done: number, total: number) => void;
}

/** A timer that records into a fresh `Timings`. */
export function createTimer(progress?: (stage: Stage, done: number, total: number) => void): StageTimer {
  const timings: Timings = {};
  return {
    timings,
    ...(progress ? { progress } : {}),
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
