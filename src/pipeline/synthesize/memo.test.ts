import { describe, expect, it } from 'vitest';
import { joinStems, sharedAtLeast, sharedCount, splitStems } from './memo.ts';

/** A sorted array of distinct ids drawn from 0..range-1 by a small deterministic generator. */
function ids(seed: number, length: number, range: number): Int32Array {
  const picked = new Set<number>();
  let x = seed;
  while (picked.size < Math.min(length, range)) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    picked.add(x % range);
  }
  return Int32Array.from(picked).sort();
}

describe('sharedAtLeast', () => {
  it('agrees with sharedCount for every threshold', () => {
    let checked = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const a = ids(seed, seed % 13, 20);
      const b = ids(seed * 7 + 3, (seed * 5) % 11, 20);
      const shared = sharedCount(a, b);
      for (let need = 0; need <= 14; need++) {
        expect(sharedAtLeast(a, b, need)).toBe(shared >= need);
        expect(sharedAtLeast(b, a, need)).toBe(shared >= need);
        checked++;
      }
    }
    expect(checked).toBe(60 * 15);
  });

  it('counts a full match and an empty array', () => {
    const a = Int32Array.from([1, 4, 9]);
    expect(sharedAtLeast(a, Int32Array.from([0, 1, 4, 9, 12]), 3)).toBe(true);
    expect(sharedAtLeast(a, Int32Array.from([1, 9]), 3)).toBe(false);
    expect(sharedAtLeast(new Int32Array(0), a, 1)).toBe(false);
    expect(sharedAtLeast(new Int32Array(0), a, 0)).toBe(true);
  });
});

describe('stem lists', () => {
  it('join and split back, the empty list included', () => {
    for (const stems of [[], ['microsoft'], ['polic', 'facial', 'recognit', '2020']]) expect(splitStems(joinStems(stems))).toEqual(stems);
  });
});
