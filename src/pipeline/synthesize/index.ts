export { summarize, DEFAULT_TUNING } from './summarize.ts';
export type { SummarySource, SummaryOptions, SummaryTuning } from './summarize.ts';
export { supports, containment, SUPPORT_THRESHOLD } from './support.ts';
export { sentenceQuality, looksBroken } from './quality.ts';
