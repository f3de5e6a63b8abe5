import { describe as suite, expect, it } from 'vitest';
import { verdictsOf as verdicts } from './testing.ts';

const BODY = [
  'The harbour board voted on Monday to extend the winter ferry timetable by three weeks, after a petition from island residents gathered more than 2,000 signatures.',
  'Board chair Elin Sorensen said the cost, around 180,000 crowns, would be met from reserves and that the change would be reviewed in the spring.',
  'Islanders had argued that the early end to the timetable left schoolchildren and shift workers stranded on the mainland in the dark months of the year.',
];

suite('the headline above the byline block', () => {
  it('keeps the headline and standfirst over the byline when a captioned photo with its credit stands below', () => {
    const headline = 'Ferry timetable extended after island petition';
    const dek = 'Board agrees three extra weeks of winter sailings after 2,000 residents sign';
    const caption = 'Passengers board the morning ferry at Skarvik on Monday. (Lena Holm / The Island Post)';
    const v = verdicts(['The Island Post', 'NEWS  SPORT  OPINION  ARTS', headline, '', dek, 'Per Aaland and Sofie Lind, Staff Writers', 'March 3, 2025', caption, '', ...BODY]);
    expect(v.get(headline)).toBe('headline');
    expect(v.get(dek)).toBe('dek');
    expect(v.get(caption)).toBe('+');
    for (const p of BODY) expect(v.get(p)).toBe('+');
  });

  it('takes a question over the standfirst for the headline, not a search box label set over the breadcrumb', () => {
    const label = 'Search ferries, timetables, fares';
    const headline = 'Why is the winter ferry timetable being extended again?';
    const dek = 'Island residents won three more weeks of sailings. Here is what changes, and who pays for it.';
    // Question subheadings set on their paragraphs, as explainers have them.
    const body = ['What changes for passengers', BODY[0]!, 'Who pays for the extra sailings', BODY[1]!, 'What happens next', BODY[2]!];
    const v = verdicts(['The Island Post', 'News   Ferries   Timetables   Fares', label, 'Home > Travel > Ferries', '', headline, dek, '', 'Written by Per Aaland', ...body]);
    expect(v.get(headline)).toBe('headline');
    expect(v.get(dek)).toBe('dek');
    for (const p of BODY) expect(v.get(p)).toBe('+');
  });

  it('never takes a strip of items for the headline, and removes it under the headline', () => {
    const headline = 'Ferry timetable extended after island petition';
    const strip = 'Get alerts for: Ferries · Island council · Elin Sorensen';
    const v = verdicts(['Item 4 of 18 · Mark as read · Star', headline, 'By Per Aaland · March 3, 2025', strip, '', ...BODY]);
    expect(v.get(headline)).toBe('headline');
    expect(v.get(strip)).toBe('nav');
    expect(v.get('Item 4 of 18 · Mark as read · Star')).not.toBe('+');
  });

  it('reads the line under an image viewer button as the caption, not the headline', () => {
    const headline = '‘I rowed to work’';
    const caption = 'Anna Berg with her boat at Skarvik pier';
    const v = verdicts(['Weekend Life', headline, 'Click to enlarge', caption, ...BODY]);
    expect(v.get(headline)).toBe('headline');
    expect(v.get(caption)).toBe('+');
  });

  it('keeps a headline set in capitals over two lines (a scanned column)', () => {
    const lines = ['THE HARBOUR GAZETTE, MONDAY, MARCH 3, 1930.', 'NEW FERRY LAUNCHED AT', 'SKARVIK SLIPWAY', 'In the presence of a large crowd the', 'new steam ferry for the island service', 'was launched on Saturday afternoon by', 'the wife of the harbour master, who', 'named the vessel after her late father.'];
    const v = verdicts(lines);
    expect(v.get('NEW FERRY LAUNCHED AT')).toBe('headline');
    expect(v.get('SKARVIK SLIPWAY')).toBe('headline');
    for (const line of lines.slice(3)) expect(v.get(line)).toBe('+');
  });
});

suite('a press release’s About section, hard-wrapped', () => {
  it('removes the heading and every physical line of the company paragraph, and keeps the release', () => {
    const release = [
      'SKARVIK, Norway, March 3, 2025 /WireDesk/ -- Fjordline Marine, a builder',
      'of electric ferries, today opened a shipyard in Skarvik that it expects',
      'to employ 140 people by the end of next year.',
    ];
    const about = ['Fjordline Marine designs and builds electric ferries for short', 'crossings. Founded in 2011, the company has delivered 38 vessels to', 'operators in nine countries.'];
    const v = verdicts(['Fjordline Marine Opens Electric Ferry Yard in Skarvik', ...release, '', 'About Fjordline Marine', ...about]);
    for (const line of release) expect(v.get(line)).toBe('+');
    expect(v.get('About Fjordline Marine')).toBe('about');
    for (const line of about) expect(v.get(line)).toBe('about');
  });

  it('keeps a wrapped paragraph under "About" that does not describe the company', () => {
    const lines = ['About Fjordline Marine', 'Fjordline Marine said the new yard would build its first vessel', 'for the island service, a 40-car ferry due to sail in the spring', 'of next year, and that hiring had already begun.'];
    const v = verdicts(['Fjordline Marine Opens Electric Ferry Yard in Skarvik', ...BODY, '', ...lines]);
    for (const line of lines.slice(1)) expect(v.get(line)).toBe('+');
  });
});

suite('furniture beside the byline', () => {
  it('removes a player’s clock under its button, and keeps a live entry’s time stamp', () => {
    const v = verdicts(['Ferry timetable extended after island petition', 'By Per Aaland', 'Listen to this article', '00:00', ...BODY]);
    expect(v.get('00:00')).toBe('player');
    const live = verdicts(['Storm live: ferries cancelled across the islands', '10:42', BODY[0]!, '10:15', BODY[1]!, '09:58', BODY[2]!]);
    expect(live.get('10:42')).toBe('+');
  });

  it('removes the author’s bio set right under a byline with a role, and keeps a first paragraph naming someone else', () => {
    const bio = 'Per Aaland is a second-year student. He covers island transport and the harbour board.';
    const v = verdicts(['Ferry timetable extended after island petition', 'Per Aaland, Transport Reporter', bio, ...BODY]);
    expect(v.get(bio)).toBe('bio');
    const lead = 'Elin Sorensen is a harbour board chair who has spent two years fighting for a longer winter timetable.';
    const w = verdicts(['Ferry timetable extended after island petition', 'Per Aaland, Transport Reporter', lead, ...BODY]);
    expect(w.get(lead)).toBe('+');
  });
});

suite('a byline led by a name and a place', () => {
  it('takes the line over "Name | Place" for the headline, not the masthead', () => {
    const headline = 'El puerto de Arbelo abre una nueva lonja tras dos años de obras';
    const v = verdicts(['Diario del Puerto', 'Portada  Local  Deportes  Opinión', headline, 'Laura Gil | Arbelo', '15/09/2025 - 08:30h', ...BODY]);
    expect(v.get(headline)).toBe('headline');
    expect(v.get('Diario del Puerto')).not.toBe('headline');
  });
});

suite('headline labels, site names and teaser stacks', () => {
  it('never takes a label ending in a colon or a site name with its tagline for the headline', () => {
    const headline = 'Fire at the rope works';
    const v = verdicts(['Archive viewer · Zoom · Next page', 'Scanned text (OCR):', headline, 'The fire broke out in the drying', 'sheds shortly after midnight and', 'was not under control until dawn.']);
    expect(v.get(headline)).toBe('headline');
    const w = verdicts(['SKARVIK HARBOUR BOARD — notices for the islands', 'Ferry timetable extended after island petition', ...BODY]);
    expect(w.get('Ferry timetable extended after island petition')).toBe('headline');
  });

  it('removes a stack of teaser headlines under a "Most read" header even when a sentence follows, and keeps a wrapped paragraph', () => {
    const teasers = ['EXCLUSIVE Island singer weds in secret on a beach at dawn', 'Quiz host quits after twenty years on the show', 'Our reporters check every story but sometimes we make mistakes.'];
    const v = verdicts(['Ferry timetable extended after island petition', ...BODY, 'MOST READ', ...teasers]);
    expect(v.get(teasers[0]!)).toBe('related');
    expect(v.get(teasers[1]!)).toBe('related');
    for (const p of BODY) expect(v.get(p)).toBe('+');
    const wrapped = ['The harbour board voted on Monday to extend the winter', 'ferry timetable by three weeks after a petition from', 'Islanders gathered more than 2,000 signatures in a month.'];
    const w = verdicts(['Ferry timetable extended after island petition', ...wrapped, ...BODY]);
    for (const line of wrapped) expect(w.get(line)).toBe('+');
  });
});

suite('a press release’s issuer', () => {
  it('removes the company named under "News provided by", and keeps the release', () => {
    const v = verdicts(['Fjordline Marine Opens Electric Ferry Yard in Skarvik', 'News provided by', 'Fjordline Marine, Inc.', 'March 3, 2025, 08:00 ET', ...BODY]);
    expect(v.get('Fjordline Marine, Inc.')).toBe('wire');
    for (const p of BODY) expect(v.get(p)).toBe('+');
  });
});
