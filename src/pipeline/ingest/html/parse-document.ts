import { parseHTML } from 'linkedom';

/**
 * Parses a page into a DOM document with linkedom. Never throws: a page the parser
 * rejects yields an empty document. No script runs and nothing is fetched.
 */
export function parseDocument(html: string): Document {
  try {
    const { document } = parseHTML(html);
    if (document.documentElement) return document;
  } catch {
    // fall through to an empty document
  }
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document;
}
