import type { DroppedItem } from './types.ts';

/** What each report code means, as the noun of "Removed N …". */
const NOUNS: Record<string, string> = {
  script: '<script> element',
  style: '<style> element',
  iframe: 'frame (<iframe>/<frame>)',
  object: 'plug-in element (<object>/<embed>/<applet>)',
  form: 'form control',
  base: '<base> element',
  'meta-refresh': 'meta refresh',
  'event-handler': 'event-handler attribute',
  'javascript-url': 'javascript:/vbscript: URL',
  'data-url': 'data: URL that is not an image',
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
      const noun = NOUNS[code] ?? code;
      return { code, message: `Removed ${n} ${noun}${n === 1 ? '' : 's'}.` };
    });
    return [...tallied, ...this.#notes];
  }
}
