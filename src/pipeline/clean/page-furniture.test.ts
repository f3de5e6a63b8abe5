import { describe as suite, expect, it } from 'vitest';
import { textSource as source } from '../testing/text-source.ts';
import { cleanSource } from './index.ts';

/** The verdict of each line, as `text → reason` for removed lines and `text → +` for kept ones. */
function verdicts(lines: readonly string[]): Map<string, string> {
  return new Map(cleanSource(source(lines.join('\n'))).filter((v) => v.reason !== 'blank').map((v) => [v.text, v.keep ? '+' : v.reason]));
}

const BODY = [
  'The harbour board voted on Monday to extend the winter ferry timetable by three weeks, after a petition from island residents gathered more than 2,000 signatures.',
  'Board chair Elin Sorensen said the cost, around 180,000 crowns, would be met from reserves and that the change would be reviewed in the spring.',
  'Islanders had argued that the early end to the timetable left schoolchildren and shift workers stranded on the mainland in the dark months of the year.',
];

suite('running headers of a printed page', () => {
  it('drops a masthead line printed on every page, and keeps the paragraphs it interrupts', () => {
    const header = 'THE COASTAL LEDGER · No. 48 · 2 March 2025';
    const v = verdicts([header, 'Ferry timetable extended after island petition', BODY[0]!, header, BODY[1]!, header, BODY[2]!]);
    expect(v.get(header)).toBe('repeated');
    for (const p of BODY) expect(v.get(p)).toBe('+');
  });

  it('keeps a title printed three times above the body (page title, H1, share card)', () => {
    const title = 'Ferry timetable extended after island petition';
    const v = verdicts([title, title, title, ...BODY]);
    expect(v.get(title)).not.toBe('repeated');
  });
});

suite('stock-quote widgets', () => {
  it('drops the company name and exchange set beside a ticker and a price', () => {
    const v = verdicts([BODY[0]!, 'Harbourline Ferries AB', 'HRBF.ST', 'Nasdaq Stockholm', 'SEK 41.20', BODY[1]!, BODY[2]!]);
    expect(v.get('HRBF.ST')).toBe('market');
    expect(v.get('SEK 41.20')).toBe('market');
    expect(v.get('Harbourline Ferries AB')).toBe('market');
    expect(v.get('Nasdaq Stockholm')).toBe('market');
  });

  it('keeps a subheading that is not beside a quote widget', () => {
    const v = verdicts([BODY[0]!, 'Island Reaction', BODY[1]!, BODY[2]!]);
    expect(v.get('Island Reaction')).toBe('+');
  });
});

suite('image alt text', () => {
  it('drops a lower-case phrase between an image marker and its caption', () => {
    const v = verdicts([BODY[0]!, 'Photo 2 of 4', 'ferry leaving the island pier at dusk', 'The evening ferry leaves Holm pier; it will now run until mid-December.', BODY[1]!, BODY[2]!]);
    expect(v.get('ferry leaving the island pier at dusk')).toBe('image');
    expect(v.get('The evening ferry leaves Holm pier; it will now run until mid-December.')).toBe('+');
  });

  it('keeps the lower-case rest of a hard-wrapped sentence after an ad marker', () => {
    const v = verdicts([
      'The harbour board voted on Monday to extend the winter',
      'Advertisement',
      'ferry timetable by three weeks',
      'after a petition from island residents gathered signatures.',
      BODY[1]!,
      BODY[2]!,
    ]);
    expect(v.get('ferry timetable by three weeks')).toBe('+');
  });
});

suite('text hidden behind a paywall', () => {
  it('drops scrambled sentences after a subscription note and keeps the teaser', () => {
    const v = verdicts([
      BODY[0]!,
      BODY[1]!,
      'Subscribe to keep reading',
      'Wkh erdug vdlg wkh ihuulhv zrxog uxq xqwlo Ghfhpehu.',
      'Lvodqghuv zhofrphg wkh ghflvlrq dqg wkdqnhg wkhlu frxqflooruv.',
    ]);
    expect(v.get(BODY[0]!)).toBe('+');
    expect(v.get('Wkh erdug vdlg wkh ihuulhv zrxog uxq xqwlo Ghfhpehu.')).toBe('paywall');
    expect(v.get('Lvodqghuv zhofrphg wkh ghflvlrq dqg wkdqnhg wkhlu frxqflooruv.')).toBe('paywall');
  });

  it('never drops text without a subscription note above it', () => {
    const line = 'Wkh erdug vdlg wkh ihuulhv zrxog uxq xqwlo Ghfhpehu.';
    const v = verdicts([BODY[0]!, BODY[1]!, line, BODY[2]!]);
    expect(v.get(line)).not.toBe('paywall');
  });
});

suite('the byline block under a headline', () => {
  it('drops the reporter and outlet names set beside the timestamp, and keeps a standfirst', () => {
    const v = verdicts([
      'Ferry timetable extended after island petition',
      'Islanders win three more weeks of evening crossings.',
      'Maja Lindholm',
      'The Coastal Ledger',
      'Published 7:02 a.m. Feb. 3, 2025 | Updated 9:40 a.m. Feb. 3, 2025',
      ...BODY,
    ]);
    expect(v.get('Maja Lindholm')).toBe('byline');
    expect(v.get('The Coastal Ledger')).toBe('byline');
    expect(v.get('Islanders win three more weeks of evening crossings.')).toBe('+');
  });

  it('keeps a dateline set alone above the first paragraph', () => {
    const v = verdicts(['By Maja Lindholm', 'HOLM —', 'The harbour board voted on Monday to extend the winter ferry timetable', 'by three weeks after a petition from island residents.', BODY[1]!, BODY[2]!]);
    expect(v.get('HOLM —')).toBe('+');
  });
});

suite('the article as one contiguous run', () => {
  it('drops a teaser summary set under a link title after the share strip, and keeps a correction under the strip', () => {
    const v = verdicts([
      'Ferry timetable extended after island petition',
      ...BODY,
      'Board members will review the timetable again in the spring, the chair said on Monday.',
      'Facebook  X  Email',
      'Correction: An earlier version of this story gave the wrong date for the vote.',
      'You might have missed',
      'Harbour car park to close for resurfacing',
      'Work on the 120-space car park will begin in November and last six weeks, the council said.',
    ]);
    expect(v.get('Work on the 120-space car park will begin in November and last six weeks, the council said.')).toBe('related');
    expect(v.get('Correction: An earlier version of this story gave the wrong date for the vote.')).toBe('+');
  });

  it('keeps a numbered list that runs on after the last paragraph', () => {
    const v = verdicts([
      'Five island walks for a winter weekend',
      'Island walks are at their quietest in winter, when the ferries run less often and the paths are empty of summer visitors.',
      '1. The north cliffs',
      'A two-hour loop with views of the seal colony at low tide, best walked in the morning light.',
      '2. Holm beach',
      'Flat and sheltered, and about an hour end to end.',
      '3. The old quarry',
      'Steep in places.',
      'Newsletter',
    ]);
    expect(v.get('3. The old quarry')).toBe('+');
    expect(v.get('Steep in places.')).toBe('+');
  });

  it('keeps the first entry stamp of a live blog above its first short entry', () => {
    const v = verdicts([
      'Storm live: ferries cancelled as gales reach the islands',
      'Key events',
      '11.05 GMT',
      'A summary of where things stand:',
      '10.40 GMT',
      'The coastguard has asked people to keep away from the harbour walls, where waves of eight metres have been recorded.',
      '10.15 GMT',
      'All sailings to the outer islands are cancelled until at least Thursday morning, the operator said in a statement.',
    ]);
    expect(v.get('11.05 GMT')).toBe('+');
  });

  it('keeps a Chinese article and removes its source line', () => {
    const v = verdicts([
      '海港新渡轮码头正式启用',
      '来源：海港日报',
      '经过两年建设，海港新渡轮码头于昨天上午正式启用。码头可同时停靠四艘渡轮，每天可接待旅客一万人次。',
      '码头负责人表示，新码头将大大缩短旅客候船时间，并将在夏季增加夜间航班。',
      '不少市民表示，新码头环境很好，以后出行会更加方便。',
    ]);
    expect(v.get('海港新渡轮码头正式启用')).toBe('+');
    expect(v.get('来源：海港日报')).toBe('byline');
    expect(v.get('码头负责人表示，新码头将大大缩短旅客候船时间，并将在夏季增加夜间航班。')).toBe('+');
  });

  it('reads a headline in capitals over its standfirst, and keeps both', () => {
    const v = verdicts(['THE DAILY HARBOUR', '', 'FERRY SAVED AFTER ISLAND PETITION WINS', '', 'Islanders win three more weeks of evening crossings', '', 'By Maja Lindholm', '', ...BODY]);
    expect(v.get('FERRY SAVED AFTER ISLAND PETITION WINS')).toBe('+');
    expect(v.get('Islanders win three more weeks of evening crossings')).toBe('+');
  });
});

suite('lines repeated across the archive', () => {
  const copy = (chrome: string): string =>
    ['Harbour ferry saved', 'Staff and agencies', ...BODY.slice(0, 1), 'What happens next', 'The board meets again in May.', 'Crossings to the outer islands resume on Friday.', chrome].join('\n');

  it('never removes a syndicated copy’s short headline and subheadings', () => {
    const repeated = new Set(['harbour ferry saved', 'what happens next', 'the board meets again in may.', 'crossings to the outer islands resume on friday.', 'more from the coast']);
    const verdict = cleanSource(source(copy('More from the coast')), { repeated });
    const byText = new Map(verdict.map((v) => [v.text, v]));
    expect(byText.get('Harbour ferry saved')?.keep).toBe(true);
    expect(byText.get('What happens next')?.keep).toBe(true);
    expect(byText.get('More from the coast')?.keep).toBe(false);
  });
});

suite('the close of an article', () => {
  it('keeps a closing subheading set a blank line above its last short paragraph, and a fact line', () => {
    const v = verdicts([
      'Ferry timetable extended after island petition',
      '',
      ...BODY.flatMap((p) => [p, '']),
      'What happens next',
      '',
      'The board meets again in May.',
      '',
      'Vote: 7 to 2',
      '',
      'Tags: ferries, islands',
      '',
      '© 2025 The Coastal Ledger',
    ]);
    expect(v.get('What happens next')).toBe('+');
    expect(v.get('The board meets again in May.')).toBe('+');
    expect(v.get('Vote: 7 to 2')).toBe('+');
    expect(v.get('Tags: ferries, islands')).toBe('related');
  });
});

suite('around the body', () => {
  it('keeps a one-word subheading set directly on the first paragraph', () => {
    const v = verdicts(['Aurion Q3 review: quiet headphones at half the price', '$179 at Amazon', 'Verdict', ...BODY]);
    expect(v.get('Verdict')).toBe('+');
    expect(v.get('$179 at Amazon')).toBe('ad');
  });

  it("drops the author's bio set under the closing author line", () => {
    const v = verdicts([
      'Ferry timetable extended after island petition',
      ...BODY,
      'Written by Maja Lindholm',
      'Writes on islands, ferries and the small economies of the coast. Based in Holm since 2011.',
    ]);
    expect(v.get('Written by Maja Lindholm')).toBe('byline');
    expect(v.get('Writes on islands, ferries and the small economies of the coast. Based in Holm since 2011.')).toBe('bio');
  });
});

suite('the masthead', () => {
  it('does not take the site name over its menu for the headline', () => {
    const v = cleanSource(
      source(
        [
          'The Holm Courier',
          'Home News Sport Business Farming Notices e-Paper',
          'Ferry timetable to be extended for three more weeks after island petition',
          'Islanders win three more weeks of evening crossings, and the board will review the timetable in spring',
          'Maja Lindholm',
          'Mon 3 Feb 2025 at 07:00',
          ...BODY,
        ].join('\n'),
      ),
    );
    expect(v.find((x) => x.reason === 'headline')?.text).toBe('Ferry timetable to be extended for three more weeks after island petition');
    expect(v[0]?.keep).toBe(false);
  });
});
