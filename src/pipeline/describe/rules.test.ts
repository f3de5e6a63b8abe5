import { describe as suite, expect, it } from 'vitest';
import { handVerdicts } from '../testing/text-source.ts';
import { linesSource as source } from './testing.ts';
import { cleanSource } from '../clean/index.ts';
import { describe } from './index.ts';
import { dateEvidence } from './date-evidence.ts';
import { authorEvidence, editorEvidence, personName } from './people.ts';
import { publisherEvidence } from './publisher-evidence.ts';
import { urlEvidence } from './url-evidence.ts';
import { breadcrumbLine, brokenLine, dateLine, dekShaped, menuLine, withoutGluedChrome } from './header.ts';
import { toIsoDate, usDaylightTime } from './to-iso-date.ts';

const verdicts = handVerdicts;

const BODY = 'The council met on Tuesday evening and voted to approve the plan after a long debate about its cost and timing.';
const BODY2 = 'Opponents said they would keep campaigning against the scheme, which they argue will harm small shops on the street.';

suite('toIsoDate: dates in many forms and languages', () => {
  it('reads month names in French, Spanish, Portuguese, Italian and German', () => {
    expect(toIsoDate('Lunes, 19 de mayo de 2025, 21:47')).toBe('2025-05-19T21:47:00');
    expect(toIsoDate('1er juin 2025 à 7h30')).toBe('2025-06-01T07:30:00');
    expect(toIsoDate('12. März 2024, 08:15 Uhr')).toBe('2024-03-12T08:15:00');
    expect(toIsoDate('3 de fevereiro de 2023')).toBe('2023-02-03');
    expect(toIsoDate('21 settembre 2022 alle 10:05')).toBe('2022-09-21T10:05:00');
    expect(toIsoDate('le 4 décembre 2021')).toBe('2021-12-04');
  });

  it('reads Dutch, Scandinavian and Russian dates, with the "kl. 09.15" clock', () => {
    expect(toIsoDate('Publicerad 3 juni 2024 kl. 09.15')).toBe('2024-06-03T09:15:00');
    expect(toIsoDate('12 maart 2025, 16:45')).toBe('2025-03-12T16:45:00');
    expect(toIsoDate('17. maj 2023')).toBe('2023-05-17');
    expect(toIsoDate('5 марта 2024, 10:20')).toBe('2024-03-05T10:20:00');
  });

  it('reads dates glued to the text around them by a scrape', () => {
    expect(toIsoDate('August 14, 20249:27 AM GMT+2Updated 2 hours ago')).toBe('2024-08-14T09:27:00+02:00');
    expect(toIsoDate('By Jo MarshFebruary 14, 20224 min read')).toBe('2022-02-14');
    expect(toIsoDate('Ana RuizSep 5, 2023 2:30 PM EDT')).toBe('2023-09-05T14:30:00-04:00');
    // A month name inside a word is not a month.
    expect(toIsoDate('remar 5, 2023')).toBeNull();
    expect(toIsoDate('Summary 5, 2020')).toBeNull();
  });

  it('resolves US zone names by the date, and zones with offsets', () => {
    expect(toIsoDate('Published 3:04 p.m. ET March 5, 2025')).toBe('2025-03-05T15:04:00-05:00');
    expect(toIsoDate('Published 11:20 a.m. ET April 8, 2025')).toBe('2025-04-08T11:20:00-04:00');
    expect(toIsoDate('Nov. 20, 2024, 6:00 a.m. PT')).toBe('2024-11-20T06:00:00-08:00');
    expect(toIsoDate('3 Feb 2025, 14:20 WET')).toBe('2025-02-03T14:20:00+00:00');
    expect(toIsoDate('May 1, 2024 10:00 UTC+05:30')).toBe('2024-05-01T10:00:00+05:30');
    // Zone names are capitals: "et" and "est" in lower case are words.
    expect(toIsoDate('Le 5 mars 2025 à 17h00 et plus')).toBe('2025-03-05T17:00:00');
    expect(usDaylightTime(2025, 3, 8)).toBe(false);
    expect(usDaylightTime(2025, 3, 9)).toBe(true);
    expect(usDaylightTime(2025, 11, 1)).toBe(true);
    expect(usDaylightTime(2025, 11, 2)).toBe(false);
  });

  it('takes the time that belongs to the publication date, not the update', () => {
    expect(toIsoDate('Published 5:03 a.m. CT Jan. 9, 2025 | Updated 11:30 a.m. CT Jan. 9, 2025')).toBe('2025-01-09T05:03:00-06:00');
    expect(toIsoDate('18:42, Tue, 8 Oct 2024')).toBe('2024-10-08T18:42:00');
    expect(toIsoDate('Mar 4, 2025 · 6 min read')).toBe('2025-03-04');
    expect(toIsoDate('Updated 4:12 PM CDT, July 23, 2024')).toBe('2024-07-23T16:12:00-05:00');
  });

  it('reads a slashed date only when its order is known', () => {
    expect(toIsoDate('05/03/2025')).toBeNull();
    expect(toIsoDate('Posted 05/03/2025 10:00')).toBeNull();
    expect(toIsoDate('Posted 05/03/2025 10:00 am')).toBeNull();
    // Another date in the line with a day above 12 settles the order.
    expect(toIsoDate('05/03/2025, updated 13/03/2025')).toBe('2025-03-05');
    expect(toIsoDate('05/03/2025, updated 05/13/2025')).toBe('2025-05-03');
    // Words of a day-first language settle it too.
    expect(toIsoDate('Publié le 12/07/2024 à 18h05')).toBe('2024-07-12T18:05:00');
    expect(toIsoDate('Publicado el 02/01/2024')).toBe('2024-01-02');
    expect(toIsoDate('12/25/2024')).toBe('2024-12-25');
  });
});

suite('header helpers', () => {
  it('tells menus from title-case headlines', () => {
    expect(menuLine('Home News Sport Business Farming Lifestyle')).toBe(true);
    expect(menuLine('World · Economy · Sport · Culture')).toBe(true);
    expect(menuLine('News   Sport   Weather')).toBe(true);
    expect(menuLine('We Are Measuring Childhood Obesity Wrong')).toBe(false);
    expect(menuLine('A Decades-Old Puzzle About Ice Finally Melts')).toBe(false);
    expect(menuLine('Storm closes schools across the county')).toBe(false);
  });

  it('recognises breadcrumbs, glued UI labels, broken lines, deks and date lines', () => {
    expect(breadcrumbLine('News › Local Politics')).toBe(true);
    expect(breadcrumbLine('Ferry capsizes in storm > dozens rescued from the water near the harbour wall')).toBe(false);
    expect(withoutGluedChrome('Full forecastCouncil backs new bus lane on the high street')).toBe('Council backs new bus lane on the high street');
    expect(withoutGluedChrome('LinkedIn adds a new feature for job seekers')).toBe('LinkedIn adds a new feature for job seekers');
    expect(brokenLine('A former treasurer of the Pell-')).toBe(true);
    expect(brokenLine('Council votes to re-open the well-')).toBe(true);
    expect(brokenLine('Talks continue - 2024')).toBe(false);
    expect(dekShaped('The plan would close four schools and bus pupils to larger towns.')).toBe(true);
    expect(dekShaped('By Jane Doe and the Metro desk at the paper today')).toBe(false);
    expect(dateLine('THE HARBOUR LEDGER · Issue 31 · 2 March 2023')).toBe(true);
    expect(dateLine('12.05.2025 – 17:30')).toBe(true);
    expect(dateLine('The council met on March 3, 2024 to discuss the budget for next year')).toBe(false);
  });
});

suite('dateEvidence: dates the header states, whatever the cleaner made of the line', () => {
  it('reads a date line under the byline that the cleaner kept', () => {
    const v = verdicts([
      ['Storm closes schools across the county', true, 'headline'],
      ['Jo Marsh', false, 'byline'],
      ['Lunes, 3 de marzo de 2025, 09:10', true, 'subheading'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    expect(dateEvidence(v)).toEqual({ value: '2025-03-03', provenance: 'line 3' });
  });

  it('reads the issue date of a print running header and prefers publication to update', () => {
    const v = verdicts([
      ['THE HARBOUR LEDGER · Issue 31 · 2 March 2023', true, 'headline'],
      ['Ferry capsizes in storm', true, 'subheading'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    expect(dateEvidence(v)?.value).toBe('2023-03-02');
    const updated = verdicts([
      ['Updated: 13.05.2025 – 08:05', false, 'timestamp'],
      ['12.05.2025 – 17:30', false, 'fragment'],
      [BODY, true, 'content'],
    ]);
    expect(dateEvidence(updated)).toEqual({ value: '2025-05-12', provenance: 'line 2' });
  });

  it('takes a bare date above a known headline only from a print running header', () => {
    const v = verdicts([
      ['Tuesday, March 4, 2025', true, 'subheading'],
      ['Ferry timetable cut as operator runs short of crews', true, 'headline'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    expect(dateEvidence(v, 2)).toBeNull();
    expect(dateEvidence(v)?.value).toBe('2025-03-04');
    const print = [{ ...v[0]!, text: 'THE HARBOUR LEDGER · 2 March 2023' }, ...v.slice(1)];
    expect(dateEvidence(print, 2)?.value).toBe('2023-03-02');
  });

  it('never takes a date from the article prose or from below the header', () => {
    const v = verdicts([
      ['Storm closes schools across the county', true, 'headline'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
      ['March 3, 2024', true, 'content'],
      ['The council first met on March 3, 2024, to discuss the plan and its cost.', true, 'content'],
    ]);
    expect(dateEvidence(v)).toBeNull();
  });
});

suite('people: bylines without labels', () => {
  it('takes a name alone next to the date line, not a section name from the menu', () => {
    const v = verdicts([
      ['The Patch', false, 'nav'],
      ['Reviews | News | Smart Home | Deals', false, 'nav'],
      ['Smart Home', false, 'nav'],
      ['Thermostat maker pulls faulty firmware update', true, 'headline'],
      ['Dana Kowalczyk', false, 'nav'],
      ['July 19, 2024 8:15 a.m. EDT', false, 'timestamp'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    expect(authorEvidence(v)).toEqual({ value: 'Dana Kowalczyk', provenance: 'line 5' });
  });

  it('does not take an outlet name or a name far from any date', () => {
    const v = verdicts([
      ['Storm closes schools across the county', true, 'headline'],
      ['The Ashford Chronicle', true, 'subheading'],
      ['June 3, 2024', false, 'timestamp'],
      [BODY, true, 'content'],
      ['Eagle Ridge Loop', true, 'subheading'],
      [BODY2, true, 'content'],
    ]);
    expect(authorEvidence(v)).toBeNull();
  });

  it('cleans names printed in capitals with an agency or an e-mail address after them', () => {
    expect(personName('JANE DOE Continental Press')).toBe('Jane Doe');
    expect(personName('DEREK OYELARAN dereko@example.com')).toBe('Derek Oyelaran');
    expect(personName('ANA RUIZ and TOM ORR Continental Press')).toBe('Ana Ruiz and Tom Orr');
  });

  it('reads bylines labelled in other languages', () => {
    for (const line of ['Door Sanne de Wit', 'Av Erik Lindqvist', 'Par Claire Dumoulin', 'Escrito por Ana Ruiz', 'Autor: Jan Novak']) {
      const v = verdicts([['Bridge opens after four years of work', true, 'headline'], [line, false, 'byline'], [BODY, true, 'content']]);
      expect(authorEvidence(v)?.value).toBe(line.replace(/^(?:Door|Av|Par|Escrito por|Autor:)\s+/, ''));
    }
  });
});

suite('editor', () => {
  it('reads "edited by" in several languages', () => {
    for (const line of ['Edited by Ana Ruiz', 'Editado por Ana Ruiz', 'Redigiert von Ana Ruiz', 'Édité par Ana Ruiz']) {
      expect(editorEvidence(verdicts([[BODY, true, 'content'], [line, false, 'byline']]))?.value).toBe('Ana Ruiz');
    }
    expect(editorEvidence(verdicts([['The report was edited by hand before release.', true, 'content']]))).toBeNull();
  });
});

suite('publisher: general evidence', () => {
  it('reads the title of a print running header', () => {
    const v = verdicts([
      ['7 THE VALLEY RECORD Friday, April 4, 2025', false, 'related'],
      ['LOCAL & STATE', false, 'nav'],
      [BODY, true, 'content'],
    ]);
    expect(publisherEvidence(v, new Set())?.value).toBe('The Valley Record');
    const pages = verdicts([
      [BODY, true, 'content'],
      ['Basin Review · Spring Report      Page 3 of 8', false, 'nav'],
      [BODY2, true, 'content'],
      ['Basin Review · Spring Report      Page 4 of 8', false, 'nav'],
    ]);
    expect(publisherEvidence(pages, new Set())?.value).toBe('Basin Review');
  });

  it('weighs a masthead, a "Name ©" footer, photo credits and a bio above "More from Section"', () => {
    const v = verdicts([
      ['Hill Country Review', false, 'byline'],
      [BODY, true, 'content'],
      ['Ana Ruiz for Hill Country Review', false, 'credit'],
      ['More from Archaeology', false, 'related'],
      ['Hill Country Review © 2025 | Privacy | Terms', false, 'copyright'],
    ]);
    expect(publisherEvidence(v, new Set())?.value).toBe('Hill Country Review');
    const bio = verdicts([[BODY, true, 'content'], ['Ana Ruiz is a senior reporter for the Lakeside Ledger based in Duluth.', false, 'bio']]);
    expect(publisherEvidence(bio, new Set())?.value).toBe('Lakeside Ledger');
  });

  it('keeps multi-word names with Romance connectors whole, and ignores share buttons', () => {
    const v = verdicts([[BODY, true, 'content'], ['© Diario del Monte Alto. Todos los derechos reservados.', false, 'copyright']]);
    expect(publisherEvidence(v, new Set())?.value).toBe('Diario del Monte Alto');
    expect(publisherEvidence(verdicts([['Partilhar / Share', false, 'credit']]), new Set())).toBeNull();
  });
});

suite('url evidence', () => {
  it('reads "originally appeared at" and share links, never a social network link', () => {
    expect(urlEvidence(verdicts([[BODY, true, 'content'], ['This article originally appeared at https://news.example.org/a/b?utm_source=x', false, 'disclaimer']]))?.value).toBe('https://news.example.org/a/b');
    expect(urlEvidence(verdicts([['Share: https://news.example.org/2024/07/19/story/', false, 'nav'], [BODY, true, 'content']]))?.value).toBe('https://news.example.org/2024/07/19/story/');
    expect(urlEvidence(verdicts([['Share: https://twitter.com/intent/tweet?url=x', false, 'nav'], [BODY, true, 'content']]))).toBeNull();
  });
});

suite('describe: headline and dek from the page layout', () => {
  it('finds the headline and dek above the byline when the cleaner marks a menu as the headline', () => {
    const src = source([
      'The Harbour Gazette',
      'Home News Sport Business Farming Lifestyle',
      'Subscribe',
      'Old lighthouse to reopen as a museum next spring',
      'The restoration cost twice the estimate and uncovered a painted ceiling nobody knew about',
      'Maeve Dolan',
      'Mon 3 Jun 2024 at 07:00',
      '',
      BODY,
      '',
      BODY2,
      '',
      '© 2024 The Harbour Gazette',
    ]);
    const meta = describe(src, cleanSource(src));
    expect(meta.title).toBe('Old lighthouse to reopen as a museum next spring');
    expect(meta.dek).toBe('The restoration cost twice the estimate and uncovered a painted ceiling nobody knew about');
    expect(meta.author).toBe('Maeve Dolan');
    expect(meta.published).toBe('2024-06-03');
  });

  it('states no headline for a wrapped print column, and no dek without a byline under it', () => {
    const column = source([
      '7 THE VALLEY RECORD Friday, April 4, 2025',
      'By ROSA LINDQVIST',
      'A former treasurer of the Pell-',
      'ham school board was sen-',
      'tenced on Wednesday to a year',
      'in jail for theft from the fund.',
    ]);
    const meta = describe(column, cleanSource(column));
    expect(meta.title).toBeNull();
    expect(meta.titleDerived).toBe(true);
    // The running header refused as a headline does not become the derived title either.
    expect(meta.displayTitle).not.toContain('VALLEY RECORD');
    expect(meta.publisher).toBe('The Valley Record');
    expect(meta.published).toBe('2025-04-04');
    const listicle = source(['The best walks within two hours of the city', '', 'You do not need a week off to get into the hills. These five routes can all be done in a day.', '', 'Eagle Ridge Loop', '', BODY]);
    expect(describe(listicle, cleanSource(listicle)).dek).toBeNull();
  });

  it('takes neither a wire lead as the dek nor a sentence ending in a full stop as the headline', () => {
    const wire = verdicts([
      ['Mine reopens after two-year closure', true, 'headline'],
      ['OSLO (Northern Wire) - The Karva copper mine reopened on Monday after a long closure, its owner said.', true, 'content'],
      ['By Olli Virta', false, 'byline'],
      [BODY, true, 'content'],
    ]);
    expect(describe(source(wire.map((x) => x.text)), wire).dek).toBeNull();
    const lead = verdicts([
      ['The Karva copper mine reopened on Monday after a two-year closure, its owner said.', true, 'content'],
      ['By Olli Virta', false, 'byline'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    expect(describe(source(lead.map((x) => x.text)), lead).title).toBeNull();
  });

  it('never takes a timestamp line or a press-release label for the headline or the publisher', () => {
    const v = verdicts([
      ['FOR IMMEDIATE RELEASE', false, 'nav'],
      ['Posted on 03/04/2024 by admin', true, 'headline'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    const meta = describe(source(v.map((x) => x.text)), v);
    expect(meta.title).toBeNull();
    expect(meta.displayTitle).toBe('The council met on Tuesday evening and voted to approve the plan');
    expect(meta.publisher).toBeNull();
    expect(meta.published).toBeNull();
  });
});

