import { describe as suite, expect, it } from 'vitest';
import { handVerdicts as verdicts } from '../testing/text-source.ts';
import { BODY, BODY2, BODY3, described } from './testing.ts';
import { dateEvidence } from './date-evidence.ts';
import { headSiteNames } from './head-site.ts';
import { personName } from './people.ts';
import { publisherEvidence } from './publisher-evidence.ts';
import { toIsoDate } from './to-iso-date.ts';
import { urlEvidence } from './url-evidence.ts';

const HEADLINE = ['Kelby pool saved as council reverses closure plan', true, 'headline'] as const;

suite('the publisher in more languages (session 7)', () => {
  const found = (...chrome: string[]): string | null =>
    publisherEvidence(verdicts([HEADLINE, [BODY, true, 'content'], ...chrome.map((line) => [line, false, 'copyright'] as const)]), new Set())?.value ?? null;

  it('keeps a newspaper noun written in lower case, and the Maltese article joined to a name', () => {
    expect(found('© 2026 Dolenjski tednik. Vse pravice pridržane.')).toBe('Dolenjski tednik');
    expect(found('© 2026 Il-Ħabbar tal-Port. Id-drittijiet kollha riżervati.')).toBe('Il-Ħabbar tal-Port');
  });

  it('takes no step of a breadcrumb trail set one step a line for the masthead', () => {
    const trail = verdicts([['Home', false, 'prompt'], ['Kenya', false, 'nav'], ['Counties', false, 'nav'], ['Kisumu', false, 'nav'], HEADLINE, [BODY, true, 'content'], [BODY2, true, 'content']]);
    expect(publisherEvidence(trail, new Set())).toBeNull();
  });

  it('reads the name a company form quotes, and drops company forms after a name', () => {
    expect(found('© 2026 UAB „Šiaulių naujienos“. Visos teisės saugomos.')).toBe('Šiaulių naujienos');
    expect(found('© 2026 Borneo Wire Services Sdn Bhd')).toBe('Borneo Wire Services');
  });
});

suite('bylines in more languages (session 7)', () => {
  it('drops "By" in Swahili, Tagalog and Welsh when a full name follows it', () => {
    expect(personName('Na Amina Juma')).toBe('Amina Juma');
    expect(personName('Ni Jose Dela Paz')).toBe('Jose Dela Paz');
    expect(personName('Gan Siân Pritchard')).toBe('Siân Pritchard');
    expect(personName('Na Li')).toBe('Na Li');
  });

  it('reads the byline set between a page title and its repeat as the headline', () => {
    const meta = described([
      ['Kelby pool saved as council reverses closure plan | The Kelby Courier', false, 'related'],
      ['Amina Okafor', false, 'byline'],
      HEADLINE,
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    expect(meta.author).toBe('Amina Okafor');
  });
});

suite('dates in more languages and places (session 7)', () => {
  it('reads month names of more languages', () => {
    expect(toIsoDate('Machi 4, 2026')).toBe('2026-03-04');
    expect(toIsoDate('4. ožujka 2026.')).toBe('2026-03-04');
    expect(toIsoDate('4 sausio 2026')).toBe('2026-01-04');
    expect(toIsoDate('4 Hydref 2026')).toBe('2026-10-04');
    // Croatian "listopada" is October, Polish and Czech November: it stays November.
    expect(toIsoDate('4 listopada 2026')).toBe('2026-11-04');
  });

  it('reads a time set after a bar, a zone given in a note, and more zone names', () => {
    expect(toIsoDate('Jueves 5 de marzo de 2026 | 18:40 (hora de Perú, GMT-5)')).toBe('2026-03-05T18:40:00-05:00');
    expect(toIsoDate('5 Mar 2026, 6:40 PM MYT')).toBe('2026-03-05T18:40:00+08:00');
    expect(toIsoDate('March 5, 2026 | Updated 18:40')).toBe('2026-03-05');
  });

  it('reads the published part of a line that gives the update first, in more languages', () => {
    const line = verdicts([HEADLINE, ['Ažurirano: 15.08.2026. u 11:10  Objavljeno: 14.08.2026. u 09:32', false, 'timestamp'], [BODY, true, 'content'], [BODY2, true, 'content']]);
    expect(dateEvidence(line, 1)?.value).toBe('2026-08-14');
  });

  it('reads a print note, and not when the reader printed the page or the masthead’s date of the day', () => {
    const tail = verdicts([HEADLINE, [BODY, true, 'content'], [BODY2, true, 'content'], ['Published in The Kelby Courier, March 5th, 2026', false, 'related']]);
    expect(dateEvidence(tail, 1)?.value).toBe('2026-03-05');
    const printed = verdicts([['Printed: 21/03/2026, 08:14', false, 'timestamp'], HEADLINE, [BODY, true, 'content']]);
    expect(dateEvidence(printed, 2)).toBeNull();
    const today = verdicts([['The Kelby Courier', false, 'nav'], ['Monday, 9 March 2026', false, 'timestamp'], ['News', false, 'nav'], ['Sport', false, 'nav'], ['Kelby pool saved as council reverses closure plan', true, 'headline'], [BODY, true, 'content']]);
    expect(dateEvidence(today, 5)).toBeNull();
  });
});

suite('addresses in more places (session 7)', () => {
  it("reads a print edge's address and copy-link labels of more languages", () => {
    expect(urlEvidence(verdicts([['The Kelby Courier | https://kelbycourier.example/news/pool-saved', false, 'nav'], HEADLINE, [BODY, true, 'content']]))?.value).toBe('https://kelbycourier.example/news/pool-saved');
    expect(urlEvidence(verdicts([HEADLINE, [BODY, true, 'content'], ['Kopiraj poveznicu: https://kelbycourier.example/vijesti/bazen', false, 'social'], [BODY2, true, 'content'], [BODY3, true, 'content']]))?.value).toBe('https://kelbycourier.example/vijesti/bazen');
  });
});

suite('a related teaser’s link (session 7)', () => {
  it('is not the article’s address, but a link under a list of tags may be', () => {
    const teaser = verdicts([HEADLINE, [BODY, true, 'content'], [BODY2, true, 'content'], ['RELATED: City buys two new sidewalk plows', false, 'related'], ['https://kelbycourier.example/news/plows', false, 'nav']]);
    expect(urlEvidence(teaser)).toBeNull();
    const tags = verdicts([HEADLINE, [BODY, true, 'content'], [BODY2, true, 'content'], ['Tags: Pools, Council, Budget', false, 'related'], ['https://kelbycourier.example/news/pool-saved', false, 'nav']]);
    expect(urlEvidence(tags)?.value).toBe('https://kelbycourier.example/news/pool-saved');
  });
});

suite('a brief’s lead is no dek (session 7)', () => {
  it('does not take the only paragraph over a caption for a standfirst', () => {
    const meta = described([HEADLINE, [BODY, true, 'dek'], ['The pool in 1998.', true, 'caption'], ['Photo: Jo Roe', false, 'credit']]);
    expect(meta.dek).toBeNull();
  });
});

suite("an HTML page's head names the site (session 7)", () => {
  it('reads og:site_name and the half of the <title> beside the headline', () => {
    expect(headSiteNames({ 'html:title': 'Glenrowan Gazette - Shire approves new skate park' }, 'Shire approves new skate park').map((f) => f.value)).toEqual(['Glenrowan Gazette']);
    expect(headSiteNames({ 'html:title': 'Shire approves new skate park | The Kelby Courier', 'html:meta[og:site_name]': 'The Kelby Courier' }, 'Shire approves new skate park').map((f) => f.value)).toEqual(['The Kelby Courier', 'The Kelby Courier']);
    expect(headSiteNames({ 'html:title': 'Shire approves - new skate park' }, 'Something else entirely')).toEqual([]);
  });
});
