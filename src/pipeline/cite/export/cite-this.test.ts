import { describe, expect, it } from 'vitest';
import { citeThis } from './cite-this.ts';
import { cslRecord } from './csl.ts';
import { DERIVED, HOSTILE, HOSTILE_TITLE_ONE_LINE, REUTERS, WINBUZZER } from './fixtures.ts';

describe('citeThis', () => {
  it('leads with the publisher when there is no author', () => {
    expect(citeThis(cslRecord(REUTERS))).toBe(`Reuters. “Microsoft declines to sell facial recognition tech to police.” June 11, 2020. ${REUTERS.url}.`);
  });
  it('leads with the author and says n.d. when undated', () => {
    expect(citeThis(cslRecord(WINBUZZER))).toBe('Jones, Luke. “Microsoft Facial Recognition Tech Won’t be Sold to Police, Says Chief Counsel.” WinBuzzer, n.d.');
  });
  it('gives a derived title in brackets, unquoted', () => {
    expect(citeThis(cslRecord(DERIVED))).toBe(`IT News Africa. [${DERIVED.displayTitle}]. n.d.`);
  });
  it('lists several authors and the access date, on one line', () => {
    const line = citeThis(cslRecord(HOSTILE));
    expect(line).toBe(
      `Jones, Luke, Zoë O’Brien-Smith, and Associated Press. “${HOSTILE_TITLE_ONE_LINE}.” Le Monde & {Co} 100%, February 28, 2021. Accessed January 2, 2024. https://example.com/a%20b?q={x}&r=%221%22#frag.`,
    );
    expect(line).not.toMatch(/[\r\n\u2028\u2029]/u);
  });
  it('does not double the period after a title ending in ? or !', () => {
    expect(citeThis(cslRecord({ ...REUTERS, title: 'Will it sell?', displayTitle: 'Will it sell?' }))).toContain('“Will it sell?” June');
  });
  it('works with nothing but a title', () => {
    expect(citeThis(cslRecord({ ...WINBUZZER, author: null, publisher: null }))).toBe(`“${WINBUZZER.title}.” n.d.`);
  });
});
