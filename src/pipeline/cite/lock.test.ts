import { describe, expect, it } from 'vitest';
import { applyLockedIds, emptyLock, fingerprint, lockedEntry, lockIndex, parseLock, serializeLock } from './lock.ts';
import type { Passage } from '../types.ts';

const p = (id: string, text: string, index = 1): Passage => ({ id, kind: 'paragraph', text, lines: [index], index });

describe('lock file', () => {
  it('keeps the fingerprints that committed locks store', () => {
    // Values written by earlier versions: a change here would re-anchor published passages.
    expect(fingerprint('Microsoft will not sell facial recognition to police.')).toBe('09eae6b947308ac6ad2944a530fce6c7');
    expect(fingerprint('Two')).toBe('3a6e884ea918b98f8f9a66642b862aa5');
    expect(fingerprint('Ünïcödé Straße — “quoted” text, 2020.')).toBe('182e6933264a1fc20fe81c173045aba0');
  });

  it('round-trips and sorts keys', () => {
    const lock = emptyLock();
    lock.articles['b.txt'] = { slug: 'bee', sha256: 'x', passages: { 'p-000002': fingerprint('two'), 'p-000001': fingerprint('one') } };
    lock.articles['a.txt'] = { slug: 'ay', sha256: 'y', passages: {} };
    lock.redirects['old'] = 'bee';
    lock.history['b.txt'] = ['old', 'bee'];
    const text = serializeLock(lock);
    expect(text.indexOf('"a.txt"')).toBeLessThan(text.indexOf('"b.txt"'));
    expect(serializeLock(parseLock(text).lock)).toBe(text);
  });
  it('reports a malformed lock and starts afresh', () => {
    const { lock, problem } = parseLock('{nope');
    expect(lock.articles).toEqual({});
    expect(problem).toMatch(/unreadable/);
  });
  it('finds a renamed file by its content', () => {
    const lock = emptyLock();
    lock.articles['old name.txt'] = { slug: 's', sha256: 'abc', passages: {} };
    expect(lockedEntry(lock, 'new name.txt', 'abc')?.slug).toBe('s');
    expect(lockedEntry(lock, 'new name.txt', 'def')).toBeUndefined();
  });
  it('keeps a passage id when the cleaner adds a line to the passage', () => {
    const text = 'The council voted on Tuesday to approve the plan after months of debate among residents and officials of the town.';
    const locked = { slug: 's', sha256: '', passages: { 'p-aaaaaa': fingerprint(text) } };
    const grown = p('p-bbbbbb', `${text} The mayor welcomed it.`);
    const { passages, entry } = applyLockedIds([grown], locked);
    expect(passages[0]!.id).toBe('p-aaaaaa');
    expect(Object.keys(entry)).toEqual(['p-aaaaaa']);
  });
  it('does not re-anchor an id onto an unrelated passage', () => {
    const locked = { slug: 's', sha256: '', passages: { 'p-aaaaaa': fingerprint('Completely different words about a harbour and its ships and sailors.') } };
    const { passages } = applyLockedIds([p('p-bbbbbb', 'The council voted on Tuesday to approve the plan after months of debate.')], locked);
    expect(passages[0]!.id).toBe('p-bbbbbb');
  });

  it('finds the same entries through its index as by scanning: by path, then by content', () => {
    const lock = emptyLock();
    lock.articles['a.txt'] = { slug: 'a', sha256: 'aaa', passages: {} };
    lock.articles['b.txt'] = { slug: 'b', sha256: 'bbb', passages: {} };
    lock.articles['b-copy.txt'] = { slug: 'b-copy', sha256: 'bbb', passages: {} };
    lock.articles['unknown.txt'] = { slug: 'unknown', sha256: '', passages: {} };
    const find = lockIndex(lock);
    const asked: [string, string][] = [['a.txt', 'zzz'], ['renamed.txt', 'bbb'], ['renamed.txt', 'aaa'], ['new.txt', 'ccc'], ['new.txt', ''], ['b-copy.txt', 'bbb']];
    for (const [path, sha] of asked) expect(find(path, sha)).toBe(lockedEntry(lock, path, sha));
    expect(find('renamed.txt', 'bbb')?.slug).toBe('b');
    expect(find('new.txt', '')).toBeUndefined();
  });
});
