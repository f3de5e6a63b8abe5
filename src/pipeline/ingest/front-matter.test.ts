import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter.ts';

describe('splitFrontMatter', () => {
  it('parses a header and counts its lines', () => {
    const r = splitFrontMatter(['---', 'title: "A"', 'n: 2', '---', 'body']);
    expect(r).toEqual({ data: { title: 'A', n: 2 }, headerLines: 4, problems: [] });
  });
  it('has no header when the file does not open with ---', () => {
    expect(splitFrontMatter(['title: x'])).toEqual({ data: null, headerLines: 0, problems: [] });
  });
  it('warns on a malformed header and keeps the body', () => {
    const r = splitFrontMatter(['---', 'title: [unclosed', '---', 'body']);
    expect(r.data).toBeNull();
    expect(r.headerLines).toBe(3);
    expect(r.problems[0]?.code).toBe('yaml-invalid');
  });
  it('rejects custom tags rather than running them', () => {
    const r = splitFrontMatter(['---', 'x: !!js/function "function(){}"', '---']);
    expect(r.data === null || typeof (r.data as Record<string, unknown>)['x'] !== 'function').toBe(true);
  });
  it('reads custom tags as plain strings and warns about them', () => {
    const r = splitFrontMatter(['---', 'title: !!js/function "function () { globalThis.pwned = 1 }"', 'x: !custom 1', 'y: plain', '---']);
    expect(r.data).toEqual({ title: 'function () { globalThis.pwned = 1 }', x: '1', y: 'plain' });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.code).toBe('yaml-unknown-tag');
    expect(r.problems[0]?.message).toContain('js/function');
    expect((globalThis as Record<string, unknown>)['pwned']).toBeUndefined();
  });
  it('gives no warning for a header with standard tags only', () => {
    expect(splitFrontMatter(['---', 'n: !!int "3"', 's: !!str 4', '---']).problems).toEqual([]);
  });
  it('rejects an alias-expansion bomb quickly', () => {
    const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    lines.push('---');
    const started = Date.now();
    const r = splitFrontMatter(lines);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.data).toBeNull();
    expect(r.problems[0]?.code).toBe('yaml-invalid');
  });
  it('warns when the header is never closed', () => {
    expect(splitFrontMatter(['---', 'title: x']).problems[0]?.code).toBe('yaml-unclosed');
  });
});
