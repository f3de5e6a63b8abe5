import { describe as suite, expect, it } from 'vitest';
import { textSource as source } from '../testing/text-source.ts';
import { cleanSource } from './index.ts';
import { keepWrappedTails } from './hard-wrap.ts';
import { lineFeatures } from './line-features.ts';

/** The verdict of each line, as `text → reason` for removed lines and `text → +` for kept ones (headline and dek included). */
function verdicts(lines: readonly string[]): Map<string, string> {
  return new Map(cleanSource(source(lines.join('\n'))).filter((v) => v.reason !== 'blank').map((v) => [v.text, v.keep ? '+' : v.reason]));
}

/** Reasons of the kept lines, to check which line was taken for the headline. */
function headline(lines: readonly string[]): string | undefined {
  return cleanSource(source(lines.join('\n'))).find((v) => v.reason === 'headline')?.text;
}

const P1 = 'The harbour board voted on Monday to extend the winter ferry timetable by three weeks, after a petition from island residents.';
const P2 = 'Board chair Elin Sorensen said the cost, around 180,000 crowns, would be met from reserves and reviewed in the spring.';
const P3 = 'Islanders had argued that the early end to the timetable left schoolchildren and shift workers stranded on the mainland.';

suite('letters page', () => {
  it('drops the name and place under each letter, and keeps a subheading of the same shape over its paragraph', () => {
    const v = verdicts(['Letters: ferries, bins and the bells of St Anne’s', 'Friday, 7 March 2025', '', 'Keep the late ferry', P1, P3, 'Ana Ruiz, Lower Harbour', '', 'Harbour Street, Port Ellis', P2, P1, 'Rev. Tom Hale (retired), Church Lane', '', 'Bins again', P3, P2, 'Mara Lind, Eastfield']);
    expect(v.get('Ana Ruiz, Lower Harbour')).toBe('byline');
    expect(v.get('Rev. Tom Hale (retired), Church Lane')).toBe('byline');
    expect(v.get('Mara Lind, Eastfield')).toBe('byline');
    expect(v.get('Harbour Street, Port Ellis')).toBe('+');
    expect(v.get('Keep the late ferry')).toBe('+');
  });
});

suite('sponsored teasers', () => {
  it('drops the one short item under a "Sponsored" marker, and keeps the paragraph after an "Advertisement" marker', () => {
    const v = verdicts(['Ferry timetable extended', P1, 'Sponsored Content', 'How one island bakery doubled winter sales — download the guide', P2, 'Advertisement', 'The board will meet again in March.', P3]);
    expect(v.get('How one island bakery doubled winter sales — download the guide')).toBe('sponsored');
    expect(v.get('The board will meet again in March.')).toBe('+');
  });

  it('keeps a caption under a "Sponsored" marker when a photo credit stands below it', () => {
    const v = verdicts(['Ferry timetable extended', '', 'Sponsored', '', 'Passengers wait for the last ferry of the day.', 'Ana Ruiz/Harbour Courier', '', P1, P2]);
    expect(v.get('Passengers wait for the last ferry of the day.')).toBe('+');
  });
});

suite('closing bio', () => {
  it('drops a contributor bio that closes the page, and keeps the same shape inside the body', () => {
    const v = verdicts(['Ferries are a lifeline, not a luxury', P1, 'Dr Ana Ruiz is a professor of transport at Harbour University, said the figures were clear.', P2, 'Professor Tom Hale teaches maritime economics at Harbour University.']);
    expect(v.get('Professor Tom Hale teaches maritime economics at Harbour University.')).toBe('bio');
    expect(v.get('Dr Ana Ruiz is a professor of transport at Harbour University, said the figures were clear.')).toBe('+');
  });
});

suite('table of contents', () => {
  it('drops the entries under "Contents" that reappear as subheadings, and keeps the subheadings', () => {
    const lines = ['Speech at the harbour opening', 'Contents', 'Why the ferry matters', 'What comes next', P1, 'Why the ferry matters', P2, 'What comes next', P3];
    const result = cleanSource(source(lines.join('\n')));
    expect(result.slice(1, 4).map((v) => v.keep)).toEqual([false, false, false]);
    expect(result[5]?.keep).toBe(true);
    expect(result[7]?.keep).toBe(true);
  });

  it('keeps a "Contents" list whose entries are not printed again', () => {
    const v = verdicts(['Harbour guide', 'Contents', 'Tide tables for the winter', P1, P2]);
    expect(v.get('Tide tables for the winter')).toBe('+');
  });
});

suite('structure rules of round 2', () => {
  it('never takes a dateline for the headline, and keeps summary bullets under a wire headline', () => {
    const lines = ['HARBOUR WIRE - TRANSPORT DESK', 'PRIORITY: URGENT', '', 'Ferry crews strike over winter rota', '* About 300 crew join strike', '* Union wants a shorter rota', 'By Ana Ruiz', 'PORT ELLIS, March 4 (HW) -', P1, P2];
    expect(headline(lines)).toBe('Ferry crews strike over winter rota');
    const v = verdicts(lines);
    expect(v.get('* About 300 crew join strike')).toBe('+');
    expect(v.get('PORT ELLIS, March 4 (HW) -')).toBe('+');
  });

  it('keeps a dateline running on into a wrapped paragraph, and its last line when it is only a number', () => {
    const v = verdicts([
      'Minister announces new ferry terminal',
      'PORT ELLIS, May 6, 2025 — The Department of Harbours and Coastal',
      'Works will spend $48 million on the terminal, the minister said today.',
      'Residents of the island have relied on a temporary landing craft',
      'service from Port Ellis, a crossing that takes 70 minutes instead of',
      '20.',
      '',
      P1,
    ]);
    expect(v.get('PORT ELLIS, May 6, 2025 — The Department of Harbours and Coastal')).toBe('+');
    expect(v.get('20.')).toBe('+');
  });

  it('keeps the closing "Thank you." of a speech, an obituary\'s life dates and a valediction, and drops the name signed under it', () => {
    const v = verdicts(['Speech at the harbour', P1, P2, P3, 'Thank you.', '', 'Related content', 'Ferry plan 2025']);
    expect(v.get('Thank you.')).toBe('+');
    const obit = verdicts(['Ana Ruiz, ferry captain, dies at 88', P1, P2, P3, '', 'Ana Ruiz, captain, born 2 March 1937; died 1 May 2025', 'Most read']);
    expect(obit.get('Ana Ruiz, captain, born 2 March 1937; died 1 May 2025')).toBe('+');
    const letter = verdicts(['The Harbour Letter', P1, P2, P3, 'See you next week,', 'Mara', '', 'Unsubscribe']);
    expect(letter.get('See you next week,')).toBe('+');
    expect(letter.get('Mara')).toBe('byline');
  });

  it('keeps a heading in capitals set directly on the first paragraph', () => {
    const v = verdicts(['Did the mayor say the bridge will never reopen?', 'By Ana Ruiz | April 3, 2025', 'CLAIM', P1, 'VERDICT', P2]);
    expect(v.get('CLAIM')).toBe('+');
  });

  it('drops a reader comment section opened by "N thoughts on “…”" or a guest book', () => {
    const v = verdicts(['Crossing guard retires after 31 years', P1, P2, '3 thoughts on “Crossing guard retires after 31 years at the harbour school”', 'Ana R. says:', 'She waved at my children every morning for eight years and we will miss her.']);
    expect(v.get('Ana R. says:')).toBe('comments');
    expect(v.get('She waved at my children every morning for eight years and we will miss her.')).toBe('comments');
    const obit = verdicts(['Ana Ruiz, ferry captain, dies at 88', P1, P2, 'Sign the guest book', 'Such a kind woman. She taught my son to sail. — R.T.']);
    expect(obit.get('Such a kind woman. She taught my son to sail. — R.T.')).toBe('comments');
  });

  it('does not take the site or programme name for the headline when the chrome names it too', () => {
    const lines = ['The Harbour Hour', 'Ferries: the island that voted to keep its crossing', 'March 4, 2025', P1, P2, 'Heard on The Harbour Hour', '© 2025 The Harbour Hour'];
    expect(headline(lines)).toBe('Ferries: the island that voted to keep its crossing');
  });

  it('keeps show notes above a credits roll at the foot of an episode page', () => {
    const v = verdicts(['Episode 12: the ferry captains', P1, P2, 'In this episode', '(02:10) How the winter rota began', '(11:45) The storm of 1987', 'Mentioned in this episode', 'The Harbour Archive digitisation project at Port Ellis Library', 'Produced by Ana Ruiz. Sound design by Tom Hale. Theme music: “Tides” by The Gulls.', 'More episodes']);
    expect(v.get('(11:45) The storm of 1987')).toBe('+');
    expect(v.get('The Harbour Archive digitisation project at Port Ellis Library')).toBe('+');
    expect(v.get('Produced by Ana Ruiz. Sound design by Tom Hale. Theme music: “Tides” by The Gulls.')).toBe('credit');
  });
});

suite('short content lines found by the round-2 probe pages', () => {
  it('keeps a letter\'s salutation between the standfirst and the letter', () => {
    const v = verdicts(['Ask Ana: my sister wants a favour', 'Our columnist on a request that split a family', 'Ana Ruiz', 'Sun 9 Mar 2025 06.00 GMT', 'Dear Ana,', P1, 'Torn, Port Ellis', 'Dear Torn,', P2, P3, 'Ana']);
    expect(v.get('Dear Ana,')).toBe('+');
    expect(v.get('Dear Torn,')).toBe('+');
    expect(v.get('Torn, Port Ellis')).toBe('byline');
  });

  it('keeps short headings set directly on a list between the headline and the body', () => {
    const v = verdicts(['Volta Buds review: long battery, weak noise cancelling', 'By Ana Ruiz', 'Pros', '- 11 hours of playback', 'Cons', '- Noise cancelling lags rivals', P1, P2]);
    expect(v.get('Pros')).toBe('+');
    expect(v.get('Cons')).toBe('+');
  });

  it('keeps dated headings and fact lines after the last paragraph', () => {
    const v = verdicts(['How the bridge closure ran for two years', P1, P2, 'March 2024', 'The repair budget rises to £2.1 million.', 'Costs at a glance', 'Final cost: £3.4 million', '', 'Share this article']);
    expect(v.get('March 2024')).toBe('+');
    expect(v.get('Final cost: £3.4 million')).toBe('+');
  });
});

suite('short content lines found by the third batch of probe pages', () => {
  it('keeps results rows and a line-up under headings after the last paragraph, and not a stats widget', () => {
    const v = verdicts(['Greens take the harbour ward', P1, P2, 'Ward result', 'Ana Ruiz (Green) 1,204', 'Tom Hale (Labour) 1,166', 'Predicted XI', 'Marsh; Ode, Banks, Kerr, Tully; Ames, Finch', '', 'Share this article']);
    expect(v.get('Tom Hale (Labour) 1,166')).toBe('+');
    expect(v.get('Predicted XI')).toBe('+');
    expect(v.get('Marsh; Ode, Banks, Kerr, Tully; Ames, Finch')).toBe('+');
    const widget = verdicts(['Harbour beat Rovers', P1, P2, P3, '', 'Match stats', 'Possession 44% 56%', 'Shots 9 14']);
    expect(widget.get('Possession 44% 56%')).not.toBe('+');
  });

  it('keeps one-word answers under their questions, and drops a Yes/No strip under a removed prompt', () => {
    const v = verdicts(['A chat with the town’s last ferryman', P1, P2, 'Will anyone take over?', 'No.', 'Any regrets?', 'Never. Not one.', '', 'Was this article helpful?', 'Yes', 'No']);
    expect(v.get('No.')).toBe('+');
    expect(v.get('Never. Not one.')).toBe('+');
    expect(v.get('Yes')).toBe('prompt');
  });

  it('keeps a review\'s fact lines between the headline and the body', () => {
    const v = verdicts(['The Long Field review: a quiet farm drama', 'Director: Maren Holt', 'Certificate: 12A', 'Reviewed by Ana Ruiz', P1, P2]);
    expect(v.get('Certificate: 12A')).toBe('+');
    expect(v.get('Director: Maren Holt')).toBe('+');
  });
});

suite('lists that run on after the last paragraph', () => {
  it('keeps an entry that repeats the shape of the kept entry above it', () => {
    const v = verdicts(['Spring term newsletter', P1, 'Dates for your diary', 'Mon 3 March – Parents’ evening, 3.30pm–7pm', 'Thu 6 March – World Book Day (come as a character of your choice!)', 'Fri 28 March – Sponsored walk', 'Ana Ruiz', 'Headteacher']);
    expect(v.get('Fri 28 March – Sponsored walk')).toBe('+');
    expect(v.get('Ana Ruiz')).not.toBe('+');
  });
});

suite('live stamps, summary boxes, kickers and dashed bios (fifth batch)', () => {
  it('keeps match minutes over their entries down to the last one', () => {
    const v = verdicts(['Harbour 2-1 Rovers: as it happened', 'FULL TIME: Harbour come from behind to win a scrappy derby and go third.', "78'", 'GOAL! Harbour 2-1 Rovers. Ruiz heads in a corner at the near post.', "12'", 'Rovers lead. Hale taps in after a scramble.', 'Auto refresh']);
    expect(v.get("12'")).toBe('+');
    expect(v.get('Rovers lead. Hale taps in after a scramble.')).toBe('+');
  });

  it('keeps a "Key points:" box above the headline, and drops the menu above it', () => {
    const v = verdicts(['News | Regions | Politics | Business', 'Key points:', '- The ferry will stop at night from April', '- Staff shortages are blamed', 'Night ferry to stop as crew shortage bites', 'By Ana Ruiz', P1, P2]);
    expect(v.get('Key points:')).toBe('+');
    expect(v.get('- Staff shortages are blamed')).toBe('+');
    expect(v.get('News | Regions | Politics | Business')).not.toBe('+');
  });

  it('drops a kicker between the headline and the body, and a closing bio opened by a dash', () => {
    const v = verdicts(['Our harbour needs people living by it', 'Guest column', P1, P2, '— Ana Ruiz is an architect and chairs the Harbour Residents’ Association.']);
    expect(v.get('Guest column')).toBe('nav');
    expect(v.get('— Ana Ruiz is an architect and chairs the Harbour Residents’ Association.')).toBe('bio');
  });
});

suite('headline shapes (eighth batch)', () => {
  it('takes a name over a life span for an obituary\'s headline and keeps both', () => {
    const lines = ['Harbour Gazette', 'Obituaries', 'Edith Marlowe', '1931–2025', P1, P2, 'Share this obituary'];
    expect(headline(lines)).toBe('Edith Marlowe');
    expect(verdicts(lines).get('1931–2025')).toBe('+');
  });

  it('takes a headline in capitals over its standfirst, and not a masthead in capitals over a byline', () => {
    expect(headline(['Harbour Star', 'News  Sport  Weather', 'FLOODS HIT HARBOUR TOWNS', 'Hundreds of homes evacuated as the river peaks overnight', 'By Ana Ruiz', P1, P2])).toBe('FLOODS HIT HARBOUR TOWNS');
    expect(headline(['HARBOUR WIRE SERVICE', 'PRIORITY: URGENT', 'Ferry crews strike over the winter rota', 'By Ana Ruiz', P1, P2])).toBe('Ferry crews strike over the winter rota');
  });
});

suite('keepWrappedTails', () => {
  it('gives back a number ending a wrapped sentence, and not a number standing alone', () => {
    const features = ['The crossing has taken 70 minutes since the storm, instead of', '20.', '', '2.'].map(lineFeatures);
    const drafts = [{ keep: true, reason: 'content' }, { keep: false, reason: 'fragment' }, { keep: false, reason: 'blank' }, { keep: false, reason: 'fragment' }];
    const prose = [true, false, false, false];
    keepWrappedTails(features, drafts, prose);
    expect(drafts[1]).toEqual({ keep: true, reason: 'content' });
    expect(drafts[3]?.keep).toBe(false);
  });
});
