export { findQuotes, quoteKey } from './quotes.ts';
export type { FoundQuote } from './quotes.ts';
