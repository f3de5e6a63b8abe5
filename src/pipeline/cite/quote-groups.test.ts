import { describe, expect, it } from 'vitest';
import { groupQuotes } from './quote-groups.ts';

describe('groupQuotes', () => {
  it('groups the same quote across sources despite curly quotes and small differences', () => {
    const groups = groupQuotes([
      { text: "We're committed to working with others to advocate for the legislation that is needed.", speaker: 'Microsoft spokesperson', source: 'cnet', passage: 'p-1' },
      { text: 'We’re committed to working with others to advocate for the legislation that is needed,', speaker: 'Microsoft spokesperson', source: 'itna', passage: 'p-2' },
      { text: 'The bottom line for us is to protect the human rights of people', speaker: 'Brad Smith', source: 'cnet', passage: 'p-3' },
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.occurrences.map((o) => o.slug)).toEqual(['cnet', 'itna']);
    expect(groups[0]!.sources).toBe(2);
    expect(groups[0]!.id).toMatch(/^q-[0-9a-f]{8}$/);
    expect(groups[1]!.speaker).toBe('Brad Smith');
  });
  it('gives the same ids on the same input', () => {
    const q = [{ text: 'A quote with more than six words in it here', speaker: null, source: 'a', passage: 'p' }];
    expect(groupQuotes(q)[0]!.id).toBe(groupQuotes(q)[0]!.id);
  });
});
