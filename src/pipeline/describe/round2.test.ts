import { describe as suite, expect, it } from 'vitest';
import { handVerdicts as verdicts } from '../testing/text-source.ts';
import { BODY, BODY2, BODY3, described } from './testing.ts';
import { dateEvidence } from './date-evidence.ts';
import { authorEvidence, personName } from './people.ts';
import { publisherEvidence } from './publisher-evidence.ts';
import { urlEvidence } from './url-evidence.ts';
import { cleanUrl } from './clean-url.ts';
import { toIsoDate } from './to-iso-date.ts';
import { withoutLetterSpacing } from './letter-spacing.ts';
import { checkDate } from '../overrides/validate-value.ts';

suite('dates: zones after ISO times, and the override check', () => {
  it('reads a zone name written after an ISO time, and nothing from a word', () => {
    expect(toIsoDate('2026-03-04 08:15 GMT')).toBe('2026-03-04T08:15:00Z');
    expect(toIsoDate('2026-07-04 08:15 ET')).toBe('2026-07-04T08:15:00-04:00');
    expect(toIsoDate('2026-07-04 08:15 et al.')).toBe('2026-07-04T08:15:00');
    expect(toIsoDate('2026-07-04 08:15')).toBe('2026-07-04T08:15:00');
  });

  it('checks override dates with the one date helper: ISO only, whole, real', () => {
    expect(checkDate('2026-03-04')).toEqual({ ok: true, value: '2026-03-04' });
    expect(checkDate('2026-03-04T10:00:00+01:00')).toEqual({ ok: true, value: '2026-03-04T09:00:00Z' });
    // A time without a zone is a local time: it stays as stated, whatever the machine's zone.
    expect(checkDate('2026-03-04T10:00')).toEqual({ ok: true, value: '2026-03-04T10:00:00' });
    expect(checkDate('2026-02-30').ok).toBe(false);
    expect(checkDate('2026-03-04T25:00').ok).toBe(false);
    expect(checkDate('2026-03-04 or thereabouts').ok).toBe(false);
    expect(checkDate('4 March 2026').ok).toBe(false);
  });
});

suite('people: names as bylines print them', () => {
  it('cuts what a scrape glued to a name: a place in capitals, a role, a date', () => {
    expect(personName('Oskar LindqvistPORT ELLAN, June 3, 2026 —')).toBe('Oskar Lindqvist');
    expect(personName('Rosa ValdermarArts Editor')).toBe('Rosa Valdermar');
    expect(personName('Tobias Wren on March 9, 2026 in Transport')).toBe('Tobias Wren');
  });

  it('drops a job title after a comma, honours after the name and a title before it', () => {
    expect(personName('Ines Halloran, Communications Officer')).toBe('Ines Halloran');
    expect(personName('Petra Okonkwo-Hale MP')).toBe('Petra Okonkwo-Hale');
    expect(personName('Dr. Amos Kettering')).toBe('Amos Kettering');
    expect(personName('Professor Ewan Tarrant-Shah and Dr Lena Forsyth')).toBe('Ewan Tarrant-Shah and Lena Forsyth');
    expect(personName('Drew Barrow')).toBe('Drew Barrow');
    expect(personName('Ines Halloran, Mark Tuppence')).toBe('Ines Halloran, Mark Tuppence');
  });

  it('never takes an outlet or an agency for a person', () => {
    expect(personName('Meridian Wire Service')).toBeNull();
    expect(personName('Ashdown Weekly Bulletin')).toBeNull();
    expect(personName('Coldharbour Press')).toBeNull();
  });

  it('reads a byline the cleaner kept in the header: labelled, or a name with a date', () => {
    const labelled = verdicts([
      ['How to store pears through the winter', true, 'headline'],
      ['Words: Linnea Maraval | Photography: Joss Brandt', true, 'content'],
      [BODY, true, 'content'],
    ]);
    expect(authorEvidence(labelled)?.value).toBe('Linnea Maraval');
    const dated = verdicts([
      ['Clinic car park to be free for volunteers', true, 'headline'],
      ['Orla Fennimore · Health Correspondent · 4 Mar 2026 · 08:10', true, 'subheading'],
      [BODY, true, 'content'],
    ]);
    expect(authorEvidence(dated)?.value).toBe('Orla Fennimore');
    expect(dateEvidence(dated)?.value).toBe('2026-03-04');
  });

  it('takes neither a wire dateline, a speaker label, an agency nor a letter signature for the author', () => {
    expect(authorEvidence(verdicts([['Ferry terminal to reopen', true, 'headline'], ['PORT ELLAN, May 6, 2026 — The department said on Monday', false, 'byline'], [BODY, true, 'content']]))).toBeNull();
    expect(authorEvidence(verdicts([['The Morning Round', true, 'headline'], ['ANCHOR MAREN TOLLEFSEN, HOST:', false, 'byline'], [BODY, true, 'content']]))).toBeNull();
    expect(authorEvidence(verdicts([['Dockers walk out at Harl', true, 'headline'], ['Meridian Wire Service', false, 'byline'], [BODY, true, 'content']]))).toBeNull();
    const letters = verdicts([
      ['Letters: the bypass and the bells', true, 'headline'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
      ['Agnes Threlfall, Lower Marsh', false, 'byline'],
      [BODY3, true, 'content'],
    ]);
    expect(authorEvidence(letters)).toBeNull();
  });

  it('reads "Reviewed by" and "Delivered by:" as bylines, and a bio that says what the writer covers', () => {
    expect(authorEvidence(verdicts([['A quiet debut', true, 'headline'], ['Reviewed by Hollis Barrow', false, 'byline'], [BODY, true, 'content']]))?.value).toBe('Hollis Barrow');
    expect(authorEvidence(verdicts([['Speech at the yard opening', true, 'headline'], ['Delivered by: Petra Okonkwo-Hale MP', true, 'content'], [BODY, true, 'content']]))?.value).toBe('Petra Okonkwo-Hale');
    const bio = verdicts([['Wildfire nears the valley', true, 'headline'], [BODY, true, 'content'], [BODY2, true, 'content'], ['Nell Carrow covers public safety. ncarrow@valley.example', false, 'bio']]);
    expect(authorEvidence(bio)?.value).toBe('Nell Carrow');
  });
});

suite('publisher: what the chrome says', () => {
  const none = new Set<string>();
  it("reads the outlet's app, its newsletter, a release's From: field and its search box", () => {
    expect(publisherEvidence(verdicts([['Shared from the Harbour Ledger app', false, 'related']]), none)?.value).toBe('Harbour Ledger');
    expect(publisherEvidence(verdicts([['Download Skim on the App Store | Google Play', false, 'related']]), none)?.value).toBe('Skim');
    expect(publisherEvidence(verdicts([['A weekly newsletter from the Tolland Courier', true, 'headline']]), none)?.value).toBe('Tolland Courier');
    expect(publisherEvidence(verdicts([['FROM: Brennmark Department of Water', false, 'byline']]), none)?.value).toBe('Brennmark Department of Water');
    expect(publisherEvidence(verdicts([['From: Jonah Pell', false, 'byline']]), none)).toBeNull();
    // A search box only backs a name found elsewhere: alone, "Search Archive" would name a section.
    expect(publisherEvidence(verdicts([['Search Skim', false, 'nav']]), none)).toBeNull();
    const aggregator = verdicts([['Skim', false, 'nav'], ['Search Skim', false, 'nav'], ['Some headline about the harbour works', true, 'headline'], ['Hide all stories from Tolland Courier', false, 'related']]);
    expect(publisherEvidence(aggregator, none)?.value).toBe('Skim');
    expect(publisherEvidence(verdicts([['Download the Official App', false, 'related']]), none)).toBeNull();
  });

  it('reads a masthead with a tagline, a section or a menu glued to it', () => {
    const top = (line: string): string | undefined => publisherEvidence(verdicts([[line, false, 'nav'], ['Menu', false, 'nav'], ['Some headline about the harbour works', true, 'headline']]), none)?.value;
    expect(top('Ostry Valley Voice | community news for Ostry and Helm')).toBe('Ostry Valley Voice');
    expect(top('Fenwick Bugle › Community')).toBe('Fenwick Bugle');
    expect(top('Larch Daily — the news in 60 words')).toBe('Larch Daily');
    expect(top('Hollin DailyOpinionGuest Column')).toBe('Hollin Daily');
    // A breadcrumb of sections names no outlet.
    expect(top('News › Science & Health')).toBeUndefined();
    expect(top('Science & Health')).toBeUndefined();
  });

  it("drops a news office's suffix from an institution's name", () => {
    expect(publisherEvidence(verdicts([['Tarrow University Newsroom', false, 'nav'], ['Study  Research  Campus life', false, 'nav']]), none)?.value).toBe('Tarrow University');
  });
});

suite('headline and dek: chrome in the headline slot', () => {
  it("refuses a programme's or newsletter's name and finds the headline under it", () => {
    const meta = described([
      ['Harl Evening Post', false, 'nav'],
      ['NEWS  SPORT  PODCASTS', false, 'nav'],
      ['The Harl Evening Post podcast', true, 'headline'],
      ['Why do the trams run late? We rode every line to find out', true, 'content'],
      ['Our reporter spent a week on the tram network with a stopwatch and a notebook.', true, 'content'],
      ['Tue 3 Mar 2026', false, 'timestamp'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    expect(meta.title).toBe('Why do the trams run late? We rode every line to find out');
    expect(meta.dek).toBe('Our reporter spent a week on the tram network with a stopwatch and a notebook.');
  });

  it('refuses a masthead with a tagline, a show named elsewhere on the page, a field line and a skip link', () => {
    const tagline = described([
      ['Northern Courts — netball from the northern leagues', true, 'headline'],
      ['Home  |  Fixtures  |  Podcasts', false, 'nav'],
      ['Harlow Comets reach first grand final in nine years', true, 'subheading'],
      ['Captain Ana Voss scored 24 as the Comets held on in front of a full house.', true, 'content'],
      ['Maren Holt', false, 'byline'],
      ['Sun 8 Mar 2026', false, 'timestamp'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
      ['© 2026 Northern Courts', false, 'copyright'],
    ]);
    expect(tagline.title).toBe('Harlow Comets reach first grand final in nine years');
    const show = described([
      ['The Late Bulletin', true, 'headline'],
      ['Sea walls: the town that chose to retreat', true, 'dek'],
      ['April 2, 2026 5:06 PM ET', false, 'timestamp'],
      ['Heard on The Late Bulletin', true, 'subheading'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    expect(show.title).toBe('Sea walls: the town that chose to retreat');
    expect(show.dek).toBeNull();
    for (const chrome of ['SLUG: HARBOUR-STRIKE/UPDATE 2', 'Listen on: Podcasts · Radio · Feed', 'Skip to content | Cymraeg']) {
      expect(described([[chrome, true, 'headline'], [BODY, true, 'content'], [BODY2, true, 'content']]).title).toBeNull();
    }
  });

  it('keeps a headline with a kicker before a colon', () => {
    expect(described([['Opinion: our towns need more benches', true, 'headline'], [BODY, true, 'content']]).title).toBe('Opinion: our towns need more benches');
  });

  it("takes a release's headline after its furniture, and the dek before a dated lead", () => {
    const meta = described([
      ['Province of Easthaven', false, 'related'],
      ['FOR IMMEDIATE RELEASE', true, 'headline'],
      ['Minister announces $12 million to rebuild Kell Point jetty', true, 'content'],
      ['Funding will replace the storm-damaged berth and restore the crossing by 2027', true, 'content'],
      ['KELL POINT, May 6, 2026 — The Department of Coasts will spend', true, 'content'],
      ['$12 million to rebuild the jetty, the minister announced today.', true, 'content'],
    ]);
    expect(meta.title).toBe('Minister announces $12 million to rebuild Kell Point jetty');
    expect(meta.dek).toBe('Funding will replace the storm-damaged berth and restore the crossing by 2027');
    expect(meta.published).toBe('2026-05-06');
  });

  it('states no headline for a page whose first kept line is a wrapped paragraph', () => {
    const meta = described([
      ['Menu', false, 'nav'],
      ['The Regal in Applecombe will stay open after members of a new society', true, 'content'],
      ['voted on Monday night to complete its purchase from the family.', true, 'content'],
    ]);
    expect(meta.title).toBeNull();
  });

  it('takes no dek that repeats the title, and no lead with body text between it and the timestamp', () => {
    const repeated = described([
      ['Listen on: Podcasts · Radio · Feed', true, 'headline'],
      ['Episode 12: the man who counted every bridge', true, 'dek'],
      ['June 3, 2026 · 48 min', true, 'subheading'],
      [BODY, true, 'content'],
    ]);
    expect(repeated.dek).not.toBe(repeated.title);
    const short = described([
      ['Radio Skerne News', false, 'nav'],
      ['Gale warning for the coast tonight', true, 'headline'],
      ['The coastguard has issued a gale warning for the coast from 8pm tonight, with strong gusts expected.', true, 'content'],
      ['The evening ferry has been cancelled.', true, 'content'],
      ['Updated 14 minutes ago', false, 'timestamp'],
    ]);
    expect(short.dek).toBeNull();
  });

  it('reads a letter-spaced byline and date', () => {
    expect(withoutLetterSpacing('T a m a r a   V o s s - K e l l   ·   0 7 . 0 3 . 2 0 2 6')).toBe('Tamara Voss-Kell · 07.03.2026');
    expect(withoutLetterSpacing('The  boathouse  is  one  of  three  left')).toBe('The  boathouse  is  one  of  three  left');
    const meta = described([
      ['M A R L   G A Z E T T E', false, 'related'],
      ['Rowing club boathouse saved by late grant', true, 'headline'],
      ['Heritage fund steps in after a survey found rot in the main beams', true, 'subheading'],
      ['T a m a r a   V o s s - K e l l   ·   0 7 . 0 3 . 2 0 2 6', true, 'content'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    expect(meta.author).toBe('Tamara Voss-Kell');
    expect(meta.published).toBe('2026-03-07');
    expect(meta.dek).toBe('Heritage fund steps in after a survey found rot in the main beams');
  });
});

suite('url: view-in-browser links and ref parameters', () => {
  it('reads the address a newsletter gives for its web copy, without tracking', () => {
    const v = verdicts([['Trouble reading this email? Open it in your browser: https://letters.example/p/bins?utm_source=email', true, 'headline'], [BODY, true, 'content']]);
    expect(urlEvidence(v)?.value).toBe('https://letters.example/p/bins');
    expect(cleanUrl('https://news.example/a/b?ref=share&id=4')).toBe('https://news.example/a/b?id=4');
  });
});
