import type { Stage } from '../pipeline/timings.ts';

/**
 * Progress for long builds: one self-overwriting line on a terminal, per stage, with
 * counts and an ETA. Silent when stderr is not a TTY, in CI, or with `--quiet`.
 */
export function terminalProgress(): ((stage: Stage, done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY || process.env['CI'] || process.env['DOSSIER_QUIET'] === '1') return undefined;
  const started = new Map<Stage, number>();
  return (stage, done, total) => {
    if (total < 200) return;
    const now = performance.now();
    if (!started.has(stage)) started.set(stage, now);
    const elapsed = (now - started.get(stage)!) / 1000;
    const eta = done > 0 ? Math.round((elapsed / done) * (total - done)) : null;
    const line = `dossier: ${stage} ${done}/${total}${eta !== null && done < total ? ` (about ${eta}s left)` : ''}`;
    process.stderr.write(`\r${line.padEnd(60)}${done >= total ? '\n' : ''}`);
  };
}
