import type { DroppedItem } from './types.ts';

/** What each report code means, as the noun of "Removed N …": [singular, plural]. */
const NOUNS: Record<string, [string, string]> = {
  script: ['<script> element', '<script> elements'],
  style: ['<style> element', '<style> elements'],
  iframe: ['frame (<iframe>/<frame>)', 'frames (<iframe>/<frame>)'],
  object: ['plug-in element (<object>/<embed>/<applet>)', 'plug-in elements (<object>/<embed>/<applet>)'],
  form: ['form control', 'form controls'],
  base: ['<base> element', '<base> elements'],
  'meta-refresh': ['meta refresh', 'meta refreshes'],
  'event-handler': ['event-handler attribute', 'event-handler attributes'],
  'javascript-url': ['javascript:/vbscript: URL', 'javascript:/vbscript: URLs'],
  'data-url': ['data: URL that is not an image', 'data: URLs that are not images'],
};

/** Counts dropped things by code, so the report says "Removed 12 <script> elements" once. */
export class DroppedTally {
  readonly #counts = new Map<string, number>();
  readonly #notes: DroppedItem[] = [];

  /** Counts one more thing of a tallied kind (see NOUNS). */
  count(code: string, n = 1): void {
    this.#counts.set(code, (this.#counts.get(code) ?? 0) + n);
  }

  /** Adds one individual note (an image that was not kept, a page that was cut…). At most 50 are kept. */
  note(code: string, message: string): void {
    if (this.#notes.length < 50) this.#notes.push({ code, message });
  }

  list(): DroppedItem[] {
    const tallied = [...this.#counts].map(([code, n]) => {
      const [one, many] = NOUNS[code] ?? [code, `${code} items`];
      return { code, message: `Removed ${n} ${n === 1 ? one : many}.` };
    });
    return [...tallied, ...this.#notes];
  }
}
