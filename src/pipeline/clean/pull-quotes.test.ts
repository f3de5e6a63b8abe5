import { describe as suite, expect, it } from 'vitest';
import { textSource } from '../testing/text-source.ts';
import { cleanSource } from './index.ts';
import { wordPairs } from './pull-quotes.ts';

function reasons(lines: readonly string[]): Map<string, string> {
  const source = textSource(lines.join('\n'));
  return new Map(cleanSource(source).filter((v) => v.reason !== 'blank').map((v) => [v.text, v.keep ? '+' : v.reason]));
}

const HEAD = ['The Lighthouse Keepers of Skarv', ''];
const P1 = 'For thirty years Ruth Alving has climbed the 212 steps of the Skarv light every evening, long after the lamp itself was automated.';
const P2 = '"A light is a promise to people you will never meet," she says. "You keep it even when nobody is watching."';
const P3 = 'The coastal authority plans to sell the tower next year, and Alving has applied to buy it with two neighbours and a loan from the island bank.';

suite('pull quotes', () => {
  it('folds case, punctuation and typographic quotes into word pairs', () => {
    expect(wordPairs('“You keep it,” she says.')).toEqual(['you keep', 'keep it', 'it she', 'she says']);
  });

  it('drops a quoted line that repeats words of a longer paragraph', () => {
    const pull = '“A light is a promise to people you will never meet. You keep it even when nobody is watching.”';
    const v = reasons([...HEAD, P1, '', P2, '', pull, '', P3]);
    expect(v.get(pull)).toBe('pull-quote');
    expect(v.get(P2)).toBe('+');
  });

  it('keeps quoted paragraphs that say something new', () => {
    const other = '"We will not let the light go dark," said her neighbour Ola Berg, who has joined the bid.';
    const v = reasons([...HEAD, P1, '', P2, '', other, '', P3]);
    expect(v.get(other)).toBe('+');
    expect(v.get(P2)).toBe('+');
  });

  it('keeps a quoted tweet even when the paragraph quotes it too', () => {
    const tweet = '"A light is a promise to people you will never meet" — Skarv Light (@skarvlight) May 2, 2025';
    const v = reasons([...HEAD, P1, '', P2, '', tweet, '', P3]);
    expect(v.get(tweet)).not.toBe('pull-quote');
  });
});
