import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildSettings } from '../config/settings.ts';
import type { Timings } from '../pipeline/timings.ts';

/**
 * Writes this build's per-stage timings to `<workDir>/timings.json` (never into the
 * site: timings would break byte-identical builds). `npm run bench` reads it.
 */
export function writeTimings(settings: BuildSettings, timings: Timings): void {
  mkdirSync(settings.workDir, { recursive: true });
  const rounded = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v ?? 0)]));
  writeFileSync(join(settings.workDir, 'timings.json'), `${JSON.stringify(rounded, null, 2)}\n`);
}
