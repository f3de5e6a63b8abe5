import { describe as suite, expect, it } from 'vitest';
import { handVerdicts as verdicts } from '../testing/text-source.ts';
import { BODY, BODY2, BODY3, described } from './testing.ts';
import { dateEvidence } from './date-evidence.ts';
import { authorEvidence, editorEvidence, personName } from './people.ts';
import { expandedAcronym, publisherEvidence } from './publisher-evidence.ts';
import { urlEvidence } from './url-evidence.ts';
import { publicationDate, toIsoDate } from './to-iso-date.ts';
import { frontMatterFacts } from './front-matter.ts';
import { metaStrip } from './header.ts';
import { recordDetails } from '../record.ts';
import { checkDate } from '../overrides/validate-value.ts';

suite('publication dates: a time without a zone keeps only its date', () => {
  it('drops a zone-less time, keeps a zoned one and a date alone', () => {
    expect(publicationDate('24.09.2025, 18:37 Uhr')).toBe('2025-09-24');
    expect(publicationDate('2025-09-24T18:37:00')).toBe('2025-09-24');
    expect(publicationDate('January 13, 2025 10:30 ET')).toBe('2025-01-13T10:30:00-05:00');
    expect(publicationDate('2025-09-24T18:37:00+02:00')).toBe('2025-09-24T18:37:00+02:00');
    expect(publicationDate('3 March 2025')).toBe('2025-03-03');
    expect(publicationDate('sometime in spring')).toBeNull();
    // toIsoDate still reads the time as written, for the override check.
    expect(toIsoDate('24.09.2025, 18:37 Uhr')).toBe('2025-09-24T18:37:00');
  });

  it('applies to every path: text, front matter, related records; overrides keep any valid ISO value', () => {
    expect(dateEvidence(verdicts([['Ferry timetable changes next month', true, 'headline'], ['Published 12.05.2025 – 17:30', false, 'timestamp'], [BODY, true, 'content']]))?.value).toBe('2025-05-12');
    expect(frontMatterFacts({ publishedDateTime: '2025-05-12T17:30:00' }).published?.value).toBe('2025-05-12');
    expect(frontMatterFacts({ publishedDateTime: '2025-05-12T17:30:00Z' }).published?.value).toBe('2025-05-12T17:30:00Z');
    expect(recordDetails({ related: [{ title: 'Earlier', publishedDateTime: '2025-05-01T08:00:00' }] }).related[0]?.published).toBe('2025-05-01');
    expect(checkDate('2025-05-12T17:30')).toEqual({ ok: true, value: '2025-05-12T17:30:00' });
  });
});

suite('dates: more ways pages write them', () => {
  it('reads a numeric date by the weekday it names, and refuses it when nothing says', () => {
    expect(toIsoDate('Saturday 12/04/2025')).toBe('2025-04-12');
    expect(toIsoDate('Thursday 12/04/2025')).toBe('2025-12-04');
    expect(toIsoDate('12/04/2025')).toBeNull();
    // A weekday that fits neither order leaves it ambiguous.
    expect(toIsoDate('Monday 12/04/2025')).toBeNull();
  });

  it('reads dotted dates with spaces, seconds, offsets alone and dotted times before a zone', () => {
    expect(toIsoDate('2. 9. 2025 14:20')).toBe('2025-09-02T14:20:00');
    expect(toIsoDate('Mon, 14 Apr 2025 06:00:00 +0000')).toBe('2025-04-14T06:00:00Z');
    expect(toIsoDate('May 3, 2025 10:00 -0400')).toBe('2025-05-03T10:00:00-04:00');
    expect(toIsoDate('Sat 29 Mar 2025 09.00 GMT')).toBe('2025-03-29T09:00:00Z');
    // Not times: a price after a date; a time range gives no time and no offset.
    expect(toIsoDate('March 3, 2025 2.50 per share')).toBe('2025-03-03');
    expect(toIsoDate('May 3, 2025 10:30-11:45')).toBe('2025-05-03');
  });

  it('reads month names of more languages', () => {
    expect(toIsoDate('wtorek, 12 marca 2025')).toBe('2025-03-12');
    expect(toIsoDate('2. září 2025')).toBe('2025-09-02');
    expect(toIsoDate('12 Mart 2025 Çarşamba')).toBe('2025-03-12');
    expect(toIsoDate('5 ianuarie 2025')).toBe('2025-01-05');
    expect(toIsoDate('17 Agustus 2025')).toBe('2025-08-17');
  });

  it('reads the date of a strip of fields, and never a wrapped line of a paragraph', () => {
    expect(metaStrip('7 April 2025 · Nadia Okoro · 6 min read')).toEqual(['7 April 2025', 'Nadia Okoro', '6 min read']);
    expect(metaStrip('News · Sport · Weather')).toBeNull();
    const strip = verdicts([['Council approves the new harbour plan', true, 'headline'], ['Jan. 9, 2026 · Ines Varga · 4 min read', false, 'related'], [BODY, true, 'content'], [BODY2, true, 'content']]);
    expect(dateEvidence(strip, 1)?.value).toBe('2026-01-09');
    const wrapped = verdicts([
      ['Trust names a new chief executive', true, 'headline'],
      ['The Ashgrove Water Trust, a charity that funds clean-water', true, 'content'],
      ['projects, today named Dr. Ama Boateng as chief executive,', true, 'content'],
      ['executive, effective March 1, 2025.', true, 'content'],
      [BODY, true, 'content'],
    ]);
    expect(dateEvidence(wrapped, 1)).toBeNull();
  });

  it('takes no date from a footer that dates the page rather than the article', () => {
    const body = [[BODY, true, 'content'], [BODY2, true, 'content'], [BODY3, true, 'content']] as const;
    const footer = (line: string) => dateEvidence(verdicts([['Harbour berth to be rebuilt after storms', true, 'headline'], ...body, ...body, ...body, [line, false, 'timestamp']]), 1);
    expect(footer('Page last reviewed: January 24, 2025')).toBeNull();
    expect(footer('Last updated: Feb. 19, 2025')).toBeNull();
    expect(footer('Posted on: Feb. 18, 2025')?.value).toBe('2025-02-18');
    expect(footer('5:12 PM · Jul 18, 2025')?.value).toBe('2025-07-18');
    // A related story's date in a list after the text is not the article's.
    expect(dateEvidence(verdicts([['Ferry contract row: ministers to publish the cost', true, 'headline'], ...body, ...body, ...body, ['Related', false, 'related'], ['Audit finds failings in ferry deal', false, 'related'], ['22 March 2022', false, 'timestamp']]), 1)).toBeNull();
  });

  it('takes a timestamp with a zone above the headline, but not a bare date there', () => {
    const zoned = verdicts([['Mon, 14 Apr 2025 06:00:00 +0000 · Ruth Calder · notes.example', false, 'related'], ['Why the reservoir is still half empty', true, 'headline'], [BODY, true, 'content']]);
    expect(dateEvidence(zoned, 2)?.value).toBe('2025-04-14T06:00:00Z');
    const masthead = verdicts([['Monday, April 14, 2025', false, 'nav'], ['Why the reservoir is still half empty', true, 'headline'], [BODY, true, 'content']]);
    expect(dateEvidence(masthead, 2)).toBeNull();
    const episode = verdicts([['The Long Field', false, 'nav'], ['Episode 42 · 38 min · Mar 3, 2025', false, 'related'], ['How a seed bank saved a lost barley', true, 'headline'], [BODY, true, 'content']]);
    expect(dateEvidence(episode, 3)?.value).toBe('2025-03-03');
  });
});

suite('headlines and deks: chrome the cleaner may take for them', () => {
  it('refuses a label, a caption with its credit, a strip of fields and a caption after an image control', () => {
    const label = described([['[Page image] Zoom in · Zoom out', false, 'nav'], ['Article text (OCR):', true, 'headline'], [BODY, true, 'content']]);
    expect(label.title).toBeNull();
    const caption = described([['Workers gather outside the depot before the vote. (Ana Ruiz / The Beacon)', true, 'headline'], [BODY, true, 'content']]);
    expect(caption.title).toBeNull();
    const strip = described([['January 13, 2025 10:30 ET | Source: Ashgrove Water Trust', true, 'headline'], ['Ashgrove Water Trust Names New Chief Executive', true, 'content'], ['LONDON, Jan. 13, 2025 -- The trust said on Monday that it had appointed a new head.', true, 'content'], [BODY, true, 'content']]);
    expect(strip.title).toBe('Ashgrove Water Trust Names New Chief Executive');
    expect(strip.publisher).toBeNull();
    const promo = described([['COMPETITIONS: Win a £500 shopping spree!', true, 'headline'], ["'I won £1m on a scratchcard and still work at the chippy'", true, 'dek'], ['Real Life Team', false, 'byline'], [BODY, true, 'content'], [BODY2, true, 'content']]);
    expect(promo.title).toBe("'I won £1m on a scratchcard and still work at the chippy'");
    expect(promo.dek).toBeNull();
    // A headline about a competition is still a headline.
    expect(described([['Lottery winner gives £1m to the village hall', true, 'headline'], [BODY, true, 'content']]).title).toBe('Lottery winner gives £1m to the village hall');
    for (const chrome of ['1931 - 2025', 'Head of People at Lumen Forge', 'CoursesResearchInternationalNews and events', 'Shared from the Daily Meridian app', 'An official website of the State of Kessel', 'Results as of Nov. 5, 2025, 1:12 a.m.']) {
      expect(described([[chrome, true, 'headline'], [BODY, true, 'content']]).title).toBeNull();
    }
    // A brand with capitals inside a word is still a headline.
    expect(described([['McDonald’s to close its PlayStation café in the mall', true, 'headline'], [BODY, true, 'content']]).title).toBe('McDonald’s to close its PlayStation café in the mall');
    const enlarge = described([['Click to enlarge', false, 'prompt'], ['Ellie with her winning ticket', true, 'headline'], [BODY, true, 'dek'], [BODY2, true, 'content']]);
    expect(enlarge.title).toBeNull();
  });

  it('takes the headline-like line on the byline when a notice sits above it', () => {
    const meta = described([
      ['FREE TO READ: This story is provided free as a public service.', true, 'content'],
      ['Evacuation order for the valley as the hill fire grows', true, 'subheading'],
      ['Herald staff', true, 'subheading'],
      ['Sunday, Aug. 3, 2025', false, 'timestamp'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    expect(meta.title).toBe('Evacuation order for the valley as the hill fire grows');
    expect(meta.author).toBeNull();
  });

  it('looks past a first byline block with nothing headline-like above it', () => {
    const meta = described([
      ['Translated from: Czech · Show original · Options', true, 'headline'],
      ['Kurier Zapadu', false, 'byline'],
      ['Homepage | Region | Economy | Sport', false, 'nav'],
      ['Night trains between two cities will return in December', true, 'subheading'],
      ['Petra Holub', false, 'byline'],
      ['2. 9. 2025 14:20', false, 'fragment'],
      [BODY, true, 'content'],
      [BODY2, true, 'content'],
    ]);
    expect(meta.title).toBe('Night trains between two cities will return in December');
    expect(meta.author).toBe('Petra Holub');
    expect(meta.published).toBe('2025-09-02');
    expect(meta.publisher).toBe('Kurier Zapadu');
  });

  it('takes no note about the page, no status line and no dek without a headline', () => {
    const note = described([['Ferry service to resume on the island route', true, 'headline'], ['This page has been translated automatically from the original.', true, 'dek'], [BODY, true, 'content']]);
    expect(note.dek).toBeNull();
    const status = described([['County election results: Marsh wins the executive race', true, 'headline'], ['Results as of Nov. 5, 2025, 1:12 a.m. · 148 of 151 precincts reporting', true, 'dek'], [BODY, true, 'content']]);
    expect(status.dek).toBeNull();
    const headless = described([['Home · News · Sport · Weather', true, 'headline'], [BODY, true, 'dek'], [BODY2, true, 'content']]);
    expect(headless.title).toBeNull();
    expect(headless.dek).toBeNull();
    // A dek under a headline is still read.
    expect(described([['Ferry service to resume on the island route', true, 'headline'], ['Islanders have waited two winters for the crossing to open again', true, 'dek'], [BODY, true, 'content']]).dek).toBe('Islanders have waited two winters for the crossing to open again');
  });
});

suite('people: bylines in more shapes, and names that are not people', () => {
  it('reads names with a writer role, and the one name in a strip of fields', () => {
    const role = verdicts([['Dining hall workers vote to unionize', true, 'headline'], ['Maya Roe and Theo Lind, Staff Writers', false, 'related'], ['April 2, 2025', false, 'timestamp'], [BODY, true, 'content'], [BODY2, true, 'content']]);
    expect(authorEvidence(role)?.value).toBe('Maya Roe and Theo Lind');
    expect(authorEvidence(verdicts([['Striker fined after the derby', true, 'headline'], ['By Kev Marsh, Chief Reporter', true, 'content'], [BODY, true, 'content']]))?.value).toBe('Kev Marsh');
    const strip = verdicts([['Clinics lack reliable power, report finds', true, 'headline'], ['7 April 2025 · Nadia Okoro · 6 min read', false, 'byline'], [BODY, true, 'content'], [BODY2, true, 'content']]);
    expect(authorEvidence(strip)?.value).toBe('Nadia Okoro');
    // A company in a strip of fields is no author.
    const company = verdicts([['Miner posts first loss since 2016', true, 'headline'], ['HLVM | Halvor Mining Ltd | Results | 20 February 2025', false, 'byline'], [BODY, true, 'content']]);
    expect(authorEvidence(company)).toBeNull();
  });

  it('never takes a title, a headline in capitals or words the article uses for a person', () => {
    expect(personName('THE KELLOW VALLEY ADVERTISER')).toBeNull();
    expect(personName('NEW BRIDGE OPENED AT')).toBeNull();
    expect(personName('Jane Doe')).toBe('Jane Doe');
    const common = verdicts([
      ['Bridge opened over the ford', true, 'headline'],
      ['Great Crowd Witnesses Ceremony', false, 'byline'],
      ['In the presence of a great crowd the new bridge was declared open after a short ceremony by the chairman of the council.', true, 'content'],
      [BODY, true, 'content'],
    ]);
    expect(authorEvidence(common)).toBeNull();
    // The second line of a headline in capitals is no byline; a name in capitals under a mixed-case headline is.
    expect(authorEvidence(verdicts([['NEW BRIDGE OPENED AT', false, 'byline'], ['KELLOW FORD', false, 'byline'], [BODY, true, 'content']]))).toBeNull();
    expect(authorEvidence(verdicts([['Why the wind farm deserves a second hearing', true, 'headline'], ['EWAN TARRANT', false, 'byline'], [BODY, true, 'content']]))?.value).toBe('Ewan Tarrant');
    // With "By", the byline stands even when its words are common ones.
    expect(authorEvidence(verdicts([['Spring comes early to the valley', true, 'headline'], ['By Rose Young', false, 'byline'], ['A young fox and a rose garden in bloom were seen by walkers this week, weeks ahead of the usual time.', true, 'content']]))?.value).toBe('Rose Young');
  });

  it('reads the editor from a newsroom note and from a wire sign-off after the agency', () => {
    expect(editorEvidence(verdicts([[BODY, true, 'content'], ['This article was edited by Ruth Amoah.', true, 'content']]))?.value).toBe('Ruth Amoah');
    expect(editorEvidence(verdicts([[BODY, true, 'content'], ['— GLNA / Editing by Joseph Mwangi', false, 'related']]))?.value).toBe('Joseph Mwangi');
    // Prose about editing is not a credit.
    expect(editorEvidence(verdicts([['The book was edited by Ruth Amoah in 1998, long before the archive opened.', true, 'content']]))).toBeNull();
  });
});

suite('publisher: mastheads in more shapes', () => {
  it('spells out an acronym beside its full name', () => {
    expect(expandedAcronym('GLNA — Great Lakes News Agency')).toBe('Great Lakes News Agency');
    expect(expandedAcronym('APS English Service | Agencia Pacífico Sur')).toBe('Agencia Pacífico Sur');
    expect(expandedAcronym('Great Lakes News Agency (GLNA)')).toBe('Great Lakes News Agency');
    expect(expandedAcronym('World News — Europe Asia Africa')).toBeNull();
  });

  it('folds an acronym into the name it stands for, and a short form into the masthead', () => {
    const acronym = verdicts([
      ['IBPS  | Home | National | World | Sport', false, 'nav'],
      ['Indus Bay Press Service', false, 'related'],
      ['Heavy rain halts the metro line for a second day', true, 'headline'],
      [BODY, true, 'content'],
      ['Follow IBPS on WhatsApp | Telegram | X', false, 'social'],
    ]);
    expect(publisherEvidence(acronym, new Set())?.value).toBe('Indus Bay Press Service');
    const short = verdicts([
      ['KVRN 7 News', false, 'nav'],
      ['WATCH LIVE', false, 'nav'],
      ['Crews reopen the river bridge two weeks early', true, 'headline'],
      [BODY, true, 'content'],
      ['Copyright 2025 KVRN. All rights reserved.', false, 'copyright'],
      ['Download the KVRN 7 app for breaking news alerts', false, 'prompt'],
    ]);
    expect(publisherEvidence(short, new Set())?.value).toBe('KVRN 7 News');
  });

  it('reads names with joining words, a first-line organisation over the headline, and a name above the menu', () => {
    expect(publisherEvidence(verdicts([["Gazzetta dell'Appennino", false, 'nav'], ['Cronaca   Politica   Sport', false, 'nav'], ['Frana sulla provinciale, isolato il borgo', true, 'headline'], [BODY, true, 'content']]), new Set())?.value).toBe("Gazzetta dell'Appennino");
    expect(publisherEvidence(verdicts([['Jornal do Planalto Sul', false, 'related'], ['Menu  Cidades  Política  Economia', false, 'nav'], ['Estudantes criam aplicativo para mapear buracos', true, 'headline'], [BODY, true, 'content']]), new Set())?.value).toBe('Jornal do Planalto Sul');
    expect(publisherEvidence(verdicts([['Westvale Police', false, 'nav'], ['Appeal after van stolen from farm', true, 'headline'], [BODY, true, 'content']]), new Set())?.value).toBe('Westvale Police');
    expect(publisherEvidence(verdicts([['Isle Coralie Weather Watch', false, 'related'], ['Cyclone warning issued for the northern coast', true, 'headline'], [BODY, true, 'content']]), new Set())?.value).toBe('Isle Coralie Weather Watch');
    // A kicker on the headline that is no outlet's or institution's name stays a kicker.
    expect(publisherEvidence(verdicts([['Climate Crisis', false, 'related'], ['Cyclone warning issued for the northern coast', true, 'headline'], [BODY, true, 'content']]), new Set())).toBeNull();
    expect(publisherEvidence(verdicts([['Book Review', false, 'related'], ['A quiet debut about a drowned coast', true, 'headline'], [BODY, true, 'content']]), new Set())).toBeNull();
    // A name like a person's above the site's menu is the masthead; alone under the headline it is not.
    expect(publisherEvidence(verdicts([['Kurier Zapadu', false, 'byline'], ['Homepage | Region | Economy | Sport', false, 'nav'], ['Night trains will return in December', true, 'headline'], [BODY, true, 'content']]), new Set())?.value).toBe('Kurier Zapadu');
    expect(publisherEvidence(verdicts([['Petra Holub', false, 'byline'], ['Night trains will return in December', true, 'headline'], [BODY, true, 'content']]), new Set())).toBeNull();
  });

  it('reads a masthead with a tagline the cleaner took for the headline, and who the news comes from', () => {
    const tagged = verdicts([['NORTHGATE COURTS SERVICE — court reports for the region', true, 'headline'], ['Magistrates | Crown Court | Inquests', false, 'nav'], ['Landlord fined over mould in flats', true, 'subheading'], [BODY, true, 'content']]);
    expect(publisherEvidence(tagged, new Set())?.value.toLowerCase()).toBe('northgate courts service');
    const from = verdicts([['Brookhaven Bulletin — News from Brookhaven City Council', false, 'related'], ['Autumn edition', false, 'nav'], ['Library hours extended as branch reopens', true, 'subheading'], [BODY, true, 'content']]);
    expect(publisherEvidence(from, new Set())?.value).toBe('Brookhaven City Council');
    // A headline with a dash is not a masthead.
    expect(publisherEvidence(verdicts([['UK ECONOMY — growth slows in the third quarter', true, 'headline'], [BODY, true, 'content']]), new Set())).toBeNull();
  });

  it('reads a newsletter sign-off and a section after a dot', () => {
    expect(publisherEvidence(verdicts([[BODY, true, 'content'], ['Thanks for reading Dry Country Notes! Subscribe for free to receive new posts.', false, 'prompt']]), new Set())?.value).toBe('Dry Country Notes');
    expect(publisherEvidence(verdicts([['Research Practice Weekly · News & Comment', false, 'related'], ['News   Careers   Comment   Events', false, 'nav'], ['Funding agency to require open data', true, 'headline'], [BODY, true, 'content']]), new Set())?.value).toBe('Research Practice Weekly');
  });
});

suite('no invention when the masthead is missing', () => {
  it('takes no menu, button, promotion, role or version number for the publisher', () => {
    const none = (rows: ReadonlyArray<readonly [string, boolean, string]>): string | null => publisherEvidence(verdicts(rows), new Set())?.value ?? null;
    expect(none([['News Politics Culture Sport Podcasts', false, 'nav'], ['Ferry timetable changes next month', true, 'headline'], [BODY, true, 'content']])).toBeNull();
    expect(none([['Results  |  Map  |  Ballot measures  |  Voter guide', false, 'nav'], ['County election results are in', true, 'headline'], [BODY, true, 'content']])).toBeNull();
    expect(none([['NewsSportTVShowbizMoneyTravel', false, 'nav'], ['Ferry timetable changes next month', true, 'headline'], [BODY, true, 'content']])).toBeNull();
    expect(none([['FREE BETS', false, 'ad'], ['Staff Writer', false, 'byline'], ['Ferry timetable changes next month', true, 'headline'], [BODY, true, 'content']])).toBeNull();
    expect(none([['Write', false, 'nav'], ['Agree & Join LinkedIn', false, 'related'], ['Ferry timetable changes next month', true, 'headline'], [BODY, true, 'content']])).toBeNull();
    expect(none([['My News', false, 'nav'], ['Ferry timetable changes next month', true, 'headline'], [BODY, true, 'content']])).toBeNull();
    expect(none([[BODY, true, 'content'], ['If it shows 2.14.0 or earlier, the device will not install 2.14.1. In the Orbel Home app, look under Info.', true, 'content']])).toBeNull();
    expect(none([[BODY, true, 'content'], ["Sign up for the Observer's Politics newsletter", false, 'prompt']])).toBeNull();
  });

  it('takes no print command for the headline nor its button for the site', () => {
    const meta = described([['Print this page  |  Close window', true, 'headline'], ['Volunteers count a record number of seals on the sands', true, 'subheading'], ['Imogen Tarrow', false, 'byline'], ['08 January 2025', false, 'timestamp'], [BODY, true, 'content'], [BODY2, true, 'content']]);
    expect(meta.title).toBe('Volunteers count a record number of seals on the sands');
    expect(meta.publisher).toBeNull();
  });

  it('takes no label or button for an author', () => {
    expect(authorEvidence(verdicts([['Did the mayor say the bridge will never reopen?', true, 'headline'], ['Fact Check', false, 'byline'], ['April 30, 2025', false, 'timestamp'], [BODY, true, 'content']]))).toBeNull();
    expect(authorEvidence(verdicts([['Crews reopen the river bridge early', true, 'headline'], ['May 22, 2025', false, 'timestamp'], ['Play Video', false, 'byline'], [BODY, true, 'content']]))).toBeNull();
  });
});

suite('url: where pages print their own address', () => {
  it('reads print pages, citation lines, republishing snippets and a link under a share prompt', () => {
    const at = (rows: ReadonlyArray<readonly [string, boolean, string]>): string | null => urlEvidence(verdicts(rows))?.value ?? null;
    expect(at([[BODY, true, 'content'], [BODY2, true, 'content'], [BODY3, true, 'content'], ['Printed from: https://echo.example/news/seals-count', true, 'content'], ['Printed on: 09/01/2025 11:04', true, 'content'], ['© 2025 The Echo', false, 'copyright'], ['Privacy', false, 'nav']])).toBe('https://echo.example/news/seals-count');
    expect(at([[BODY, true, 'content'], ['Cite this: Roe, J. (2025). Pension age rise. Calder Centre. https://calder.example/insights/pension-age', true, 'content']])).toBe('https://calder.example/insights/pension-age');
    expect(at([[BODY, true, 'content'], ['<p>This <a href="https://commons.example/2025/04/09/clinic/">article</a> first appeared on <a href="https://commons.example">The Commons</a>.</p>', true, 'content']])).toBe('https://commons.example/2025/04/09/clinic/');
    const shared = [[BODY, true, 'content'], [BODY2, true, 'content'], [BODY3, true, 'content'], ['Compartilhe: WhatsApp Facebook X Copiar link', false, 'social'], ['https://jornal.example/cidades/2025/06/30/app?utm_source=whatsapp', false, 'social'], ['Veja também', false, 'related'], ['Prefeitura anuncia obras', false, 'related'], ['Receba as notícias', false, 'related']] as const;
    expect(at(shared)).toBe('https://jornal.example/cidades/2025/06/30/app');
    expect(at([[BODY, true, 'content'], [BODY2, true, 'content'], [BODY3, true, 'content'], ['More stories:', false, 'related'], ['https://daily.example/world/ferry-fares-rise', false, 'related'], ['https://daily.example/business/shipping-costs', false, 'related']])).toBeNull();
    expect(at([[BODY, true, 'content'], [BODY2, true, 'content'], [BODY3, true, 'content'], ['Related', false, 'related'], ['https://daily.example/world/ferry-fares-rise', false, 'related']])).toBeNull();
    // A link in a list of related stories is not the article's.
    expect(at([[BODY, true, 'content'], [BODY2, true, 'content'], [BODY3, true, 'content'], ['Related', false, 'related'], ['https://jornal.example/other-story', false, 'related'], ['Most read', false, 'related'], ['One', false, 'related'], ['Two', false, 'related']])).toBeNull();
  });
});
