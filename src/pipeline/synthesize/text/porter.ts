/**
 * Porter stemmer (M. F. Porter, 1980), the reference-implementation variant used by
 * ROUGE-1.5.5 `-m` and by `bench/scorer/rouge.mjs`, so that stems computed here match
 * the scorer's. Words of 2 characters or fewer, and words longer than 40 characters
 * (never English words; keeps the work bounded on hostile input), are returned as-is.
 * Input is expected lower-case.
 */
const STEP2: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al',
  entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al',
  iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP3: Record<string, string> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };
const c = '[^aeiou]';
const v = '[aeiouy]';
const C = c + '[^aeiouy]*';
const V = v + '[aeiou]*';
const MGR0 = new RegExp('^(' + C + ')?' + V + C);
const MEQ1 = new RegExp('^(' + C + ')?' + V + C + '(' + V + ')?$');
const MGR1 = new RegExp('^(' + C + ')?' + V + C + V + C);
const S_V = new RegExp('^(' + C + ')?' + v);
const CVC = new RegExp('^' + C + v + '[^aeiouwxy]$');
const RE_1A1 = /^(.+?)(ss|i)es$/;
const RE_1A2 = /^(.+?)([^s])s$/;
const RE_1B1 = /^(.+?)eed$/;
const RE_1B2 = /^(.+?)(ed|ing)$/;
const RE_1C = /^(.+?)y$/;
const RE_2 = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const RE_3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
const RE_4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
const RE_4B = /^(.+?)(s|t)(ion)$/;
const RE_5 = /^(.+?)e$/;

export function porterStem(word: string): string {
  let w = word;
  if (w.length < 3 || w.length > 40) return w;
  const firstY = w[0] === 'y';
  if (firstY) w = 'Y' + w.slice(1);
  let m: RegExpExecArray | null;
  if ((m = RE_1A1.exec(w))) w = (m[1] ?? '') + (m[2] ?? '');
  else if ((m = RE_1A2.exec(w))) w = (m[1] ?? '') + (m[2] ?? '');
  if ((m = RE_1B1.exec(w))) {
    if (MGR0.test(m[1] ?? '')) w = w.slice(0, -1);
  } else if ((m = RE_1B2.exec(w))) {
    const stem = m[1] ?? '';
    if (S_V.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }
  if ((m = RE_1C.exec(w)) && S_V.test(m[1] ?? '')) w = (m[1] ?? '') + 'i';
  if ((m = RE_2.exec(w))) {
    if (MGR0.test(m[1] ?? '')) w = (m[1] ?? '') + (STEP2[m[2] ?? ''] ?? '');
  }
  if ((m = RE_3.exec(w))) {
    if (MGR0.test(m[1] ?? '')) w = (m[1] ?? '') + (STEP3[m[2] ?? ''] ?? '');
  }
  if ((m = RE_4.exec(w))) {
    if (MGR1.test(m[1] ?? '')) w = m[1] ?? '';
  } else if ((m = RE_4B.exec(w))) {
    const stem = (m[1] ?? '') + (m[2] ?? '');
    if (MGR1.test(stem)) w = stem;
  }
  if ((m = RE_5.exec(w))) {
    const stem = m[1] ?? '';
    if (MGR1.test(stem) || (MEQ1.test(stem) && !CVC.test(stem))) w = stem;
  }
  if (/ll$/.test(w) && MGR1.test(w)) w = w.slice(0, -1);
  if (firstY) w = 'y' + w.slice(1);
  return w;
}
