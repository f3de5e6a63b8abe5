export { porterStem } from './porter.ts';
export { STOPWORDS, isStopword } from './stopwords.ts';
export { fold, tokenize, stem, forgetStems, contentStems, contentBigrams, bigramsOf, countWords } from './tokenize.ts';
export { sentenceSpans, splitSentences } from './sentences.ts';
export type { SentenceSpan } from './sentences.ts';
export { datelineEnd, stripDateline } from './dateline.ts';
