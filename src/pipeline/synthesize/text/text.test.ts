import { describe, expect, it } from 'vitest';
import { contentBigrams, contentStems, countWords, porterStem, splitSentences, tokenize } from './index.ts';

describe('splitSentences', () => {
  const cases: Array<[string, string[]]> = [
    ['One sentence. Two sentence.', ['One sentence.', 'Two sentence.']],
    ['Mr. Smith went to Washington. He stayed.', ['Mr. Smith went to Washington.', 'He stayed.']],
    ['Dr. Jones and Gen. Lee met on St. Patrick Street. It rained.', ['Dr. Jones and Gen. Lee met on St. Patrick Street.', 'It rained.']],
    ['John F. Kennedy spoke. Crowds cheered.', ['John F. Kennedy spoke.', 'Crowds cheered.']],
    ['Shares rose 3.5 percent. Profit was $1.2 billion.', ['Shares rose 3.5 percent.', 'Profit was $1.2 billion.']],
    ['The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
    ['He moved to the U.S. The move was quick.', ['He moved to the U.S.', 'The move was quick.']],
    ['Acme Corp. Chief Executive Jane Roe said so. Others agreed.', ['Acme Corp. Chief Executive Jane Roe said so.', 'Others agreed.']],
    ['It was bought by Acme Corp. The deal closed.', ['It was bought by Acme Corp.', 'The deal closed.']],
    ['The vote is on Jan. 5 in the city. Nobody knows.', ['The vote is on Jan. 5 in the city.', 'Nobody knows.']],
    ['"We will win," he said. "We always do."', ['"We will win," he said.', '"We always do."']],
    ['“It is over.” The crowd left.', ['“It is over.”', 'The crowd left.']],
    ['He said "it is over." Then he left.', ['He said "it is over."', 'Then he left.']],
    ['Why? Because. Fine!', ['Why?', 'Because.', 'Fine!']],
    ['"Is it?" she asked. Yes.', ['"Is it?" she asked.', 'Yes.']],
    ['Line one without stop\nLine two. Three.', ['Line one without stop', 'Line two.', 'Three.']],
    ['It ended at 5 p.m. on Friday. Then quiet.', ['It ended at 5 p.m. on Friday.', 'Then quiet.']],
    ['See www.example.com for details. Thanks.', ['See www.example.com for details.', 'Thanks.']],
    ['Wait... What happened?', ['Wait...', 'What happened?']],
    ['(He left.) She stayed.', ['(He left.)', 'She stayed.']],
    ['', []],
    ['   ', []],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => {
      expect(splitSentences(input)).toEqual(expected);
    });
  }

  it('is linear on a huge line', () => {
    const text = 'Word word. '.repeat(100_000) + 'a'.repeat(1_000_000);
    const t0 = Date.now();
    const out = splitSentences(text);
    expect(out.length).toBe(100_000); // the lower-case tail does not start a sentence
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('does not blow up on long runs of dots and quotes', () => {
    const text = '.'.repeat(200_000) + ' ' + '"'.repeat(200_000) + ' A.';
    const t0 = Date.now();
    splitSentences(text);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('tokenize', () => {
  it('folds case, accents and apostrophes', () => {
    expect(tokenize("Won't Smith's café, we’ve 3.5 U.S.")).toEqual(['wont', 'smith', 'cafe', 'weve', '3', '5', 'u', 's']);
  });
  it('content stems drop stopwords', () => {
    expect(contentStems('The company says it will not sell the systems')).toEqual(['compani', 'sai', 'sell', 'system']);
  });
  it('content bigrams', () => {
    expect([...contentBigrams("Microsoft won't sell facial recognition software")]).toEqual([
      'microsoft sell',
      'sell facial',
      'facial recognit',
      'recognit softwar',
    ]);
  });
  it('counts whitespace words', () => {
    expect(countWords('  a b\tc\n d ')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});

describe('porterStem', () => {
  const cases: Array<[string, string]> = [
    ['caresses', 'caress'], ['ponies', 'poni'], ['cats', 'cat'], ['agreed', 'agre'], ['plastered', 'plaster'],
    ['motoring', 'motor'], ['hopping', 'hop'], ['happy', 'happi'], ['relational', 'relat'], ['generalization', 'gener'],
    ['recognition', 'recognit'], ['regulations', 'regul'], ['running', 'run'], ['yes', 'ye'],
  ];
  for (const [w, s] of cases) it(w, () => expect(porterStem(w)).toBe(s));
});
