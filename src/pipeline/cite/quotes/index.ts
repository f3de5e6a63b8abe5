export { findQuotes, quoteKey, reconcileSpeakers } from './quotes.ts';
export type { FoundQuote } from './quotes.ts';
