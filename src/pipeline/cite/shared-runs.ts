/**
 * Groups texts that share a run of `length` consecutive words (on already-normalised
 * keys): the texts are linked through any run they share, transitively. Near-linear:
 * one index over the runs, union-find over the texts. With `shortWhole`, a key shorter
 * than `length` words is itself a run (so two identical short texts group together).
 * Returns the groups as lists of indexes; groups and members are in first-seen order.
 */
export function groupBySharedRuns(keys: readonly string[], length: number, shortWhole = false): number[][] {
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    for (let j = i; parent[j] !== r; ) {
      const next = parent[j]!;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  const firstWith = new Map<string, number>();
  keys.forEach((key, i) => {
    const words = key.split(' ');
    const runs = shortWhole && words.length < length ? [key] : [];
    for (let k = 0; k + length <= words.length; k++) runs.push(words.slice(k, k + length).join(' '));
    for (const run of runs) {
      const j = firstWith.get(run);
      if (j === undefined) firstWith.set(run, i);
      else {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, number[]>();
  keys.forEach((_, i) => {
    const r = find(i);
    const list = groups.get(r);
    if (list) list.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()];
}
