import { describe as suite, expect, it } from 'vitest';
import { textSource } from '../testing/text-source.ts';
import { isDateStrip } from './date-strip.ts';
import { cleanSource } from './index.ts';
import { lineFeatures } from './line-features.ts';
import { reasonOf as reason, verdictsOf as verdicts } from './testing.ts';

suite('chrome in more languages (session 7)', () => {
  it('names ad markers and "the article goes on below the ad"', () => {
    for (const line of ['Oglas', 'Reklaam', 'Auglýsing', 'TANGAZO', 'Quảng cáo', 'Iklan', 'Hysbyseb', '— Publicitate —', 'Continua após a publicidade', 'Članek se nadaljuje pod oglasom']) {
      expect(reason(line), line).toBe('ad');
    }
  });

  it('names "Read also:" teasers and "Most read" headers', () => {
    for (const line of ['Pročitajte još: Trajekt za Hvar kasni dva sata zbog bure', 'Loe ka: Pärnu rand avatakse juunis', 'Taip pat skaitykite: Vilniuje brangsta bilietai', 'Citește și: Ploi abundente în Banat', 'Baca juga: Banjir di Kelantan surut', 'Darllenwch hefyd: Cau ffordd yr A40 dros nos', 'Te recomendamos: Lluvias en Oaxaca']) {
      expect(reason(line), line).toBe('related');
    }
    for (const line of ['Najčitanije', 'Enim loetud', 'Cele mai citite', 'Đọc nhiều nhất', 'Mwyaf poblogaidd']) expect(reason(line), line).toBe('related');
  });

  it('names share and comment buttons, glued share labels, photo placeholders, "By" and newsletter labels', () => {
    expect(reason('Podijeli  Komentari (12)')).toBe('prompt');
    expect(reason('Deli | Komentarji (3)')).toBe('prompt');
    expect(reason('Share on FacebookShare on XShare on WhatsAppCopy link')).toBe('social');
    expect(reason('[Foto: trajekt u luci Split]')).toBe('image');
    expect(reason('Na Amina Juma')).toBe('byline');
    expect(reason('Gan Siân Pritchard')).toBe('byline');
    expect(reason('Newsletter: The week in Kelby, every Monday')).toBe('prompt');
  });

  it('names how long ago a page was updated, in other languages', () => {
    for (const line of ['Aġġornat 2 siegħat ilu', 'prije 5 sati', '3 tundi tagasi', 'acum 2 ore']) expect(reason(line), line).toBe('timestamp');
  });

  it("names a newsletter platform's standing pitch", () => {
    expect(reason('The Kelby Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.')).toBe('prompt');
  });

  it('names a cookie banner that ends with its consent button', () => {
    expect(reason('Uporabljamo piškotke za boljšo izkušnjo. Strinjam se')).toBe('prompt');
  });

  it('leaves prose that shares their words alone', () => {
    expect(reason('Na mkutano wa jana, wavuvi walisema bei ya mafuta imepanda sana.')).toBeNull();
    expect(reason('The newsletter, which began in 2019, now reaches 4,000 homes.')).toBeNull();
    expect(reason('He left the club 3 years ago and never came back.')).toBeNull();
    expect(reason('Oglas je bio objavljen u petak, a prijave traju do kraja mjeseca.')).toBeNull();
  });
});

suite('date strips in any language (session 7)', () => {
  it('reads dates and times with labels, whatever the month is called', () => {
    expect(isDateStrip('Objavljeno: 03.02.2026. u 10:05  Ažurirano: 04.02.2026. u 08:00')).toBe(true);
    expect(isDateStrip('2. 3. 2026 ob 14:20')).toBe(true);
    expect(isDateStrip('Machi 4, 2026')).toBe(true);
    expect(isDateStrip('Jueves 5 de marzo de 2026 | 18:40 (hora de Perú, GMT-5)')).toBe(true);
    expect(reason('Machi 4, 2026')).toBe('timestamp');
  });

  it('refuses prose, datelines in capitals and lines without a date', () => {
    expect(isDateStrip('The council met on 4 March 2026 to vote on the plan')).toBe(false);
    expect(isDateStrip('LONDON, 4 March 2026')).toBe(false);
    expect(isDateStrip('Objavljeno: jučer u 10:05')).toBe(false);
  });
});

suite('prose in more languages (session 7)', () => {
  it('counts the article joined to a noun as a function word in Maltese', () => {
    expect(lineFeatures("Il-kunsill lokali qal li l-proġett se jibda fix-xahar id-dieħel.").stopRatio).toBeGreaterThan(0.3);
  });

  it('finds function words in Croatian, Ukrainian, Vietnamese, Welsh, Tagalog and Swahili prose', () => {
    for (const line of [
      'Gradsko vijeće je u utorak odlučilo da će se novi most graditi od proljeća.',
      'Міська рада у вівторок вирішила, що новий міст почнуть будувати навесні.',
      'Hội đồng thành phố đã quyết định xây cây cầu mới trong mùa xuân này.',
      'Mae’r cyngor wedi penderfynu y bydd y bont newydd yn cael ei hadeiladu yn y gwanwyn.',
      'Nagpasya ang konseho na sisimulan ang bagong tulay sa tagsibol.',
      'Baraza la mji limeamua kuwa ujenzi wa daraja jipya utaanza katika msimu wa mvua.',
    ]) expect(lineFeatures(line).stopRatio, line).toBeGreaterThan(0.15);
  });
});

suite('the head of the page (session 7)', () => {
  const BODY = 'The harbour board said on Monday that the new ferry berth would open in March, two months later than planned.';
  const BODY2 = 'Engineers found that the old pilings were weaker than surveys had shown, and some will have to be replaced.';

  it('takes the repeat of a page title as the headline, drops the title above it and reads the name between as a byline', () => {
    const v = verdicts(['Ferry berth opening pushed back to March | The Kelby Courier', 'Amina Okafor', 'Ferry berth opening pushed back to March', BODY, BODY2]);
    expect(v.get('Ferry berth opening pushed back to March')).toBe('headline');
    expect(v.get('Ferry berth opening pushed back to March | The Kelby Courier')).toBe('related');
    expect(v.get('Amina Okafor')).toBe('byline');
  });

  it('does not take a section label in the menu’s words for the headline', () => {
    const v = verdicts(['Pwani Daily', 'Habari | Kaunti | Biashara | Michezo', 'HABARI ZA KAUNTI', 'Ferry berth opening pushed back to March after weak pilings found', BODY, BODY2]);
    expect(v.get('Ferry berth opening pushed back to March after weak pilings found')).toBe('headline');
    expect(v.get('HABARI ZA KAUNTI')).toBe('nav');
  });

  it('drops the agency a dateline credits, set alone over the lead', () => {
    const v = verdicts(['Ferry berth opening pushed back to March', 'Coastwire', `KELBY, March 2 (Coastwire) — ${BODY}`, BODY2]);
    expect(v.get('Coastwire')).not.toBe('+');
  });
});

suite('what the markup says of the top of an HTML page (session 7)', () => {
  const BODY = 'The harbour board said on Monday that the new ferry berth would open in March, two months later than planned.';
  const BODY2 = 'Engineers found that the old pilings were weaker than surveys had shown, and some will have to be replaced.';
  const clean = (lines: string[], kinds: string[]): Map<string, string> =>
    new Map(cleanSource({ ...textSource(lines.join('\n')), kinds: kinds as never }).filter((v) => v.reason !== 'blank').map((v) => [v.text, v.keep ? v.reason : `-${v.reason}`]));

  it('takes the line marked as the standfirst for the dek, and never a line marked as a caption', () => {
    const marked = clean(['Ferry berth opening pushed back to March', 'Crews found weak pilings at the old quay last week', BODY, BODY2], ['heading', 'standfirst', 'paragraph', 'paragraph']);
    expect(marked.get('Crews found weak pilings at the old quay last week')).toBe('dek');
    const caption = clean(['Ferry berth opening pushed back to March', 'Jo Roe · 2 March 2026', 'The old quay has served the island since 1964.', BODY, BODY2], ['heading', 'paragraph', 'caption', 'paragraph', 'paragraph']);
    expect(caption.get('The old quay has served the island since 1964.')).not.toBe('dek');
  });
});

suite('a list of teasers on an HTML page (session 7)', () => {
  const BODY = 'The harbour board said on Monday that the new ferry berth would open in March, two months later than planned.';
  it('removes linked headings with their short summaries, two or more in a row, and keeps a subheading with its section', () => {
    const lines = ['Ferry berth opening pushed back to March', BODY, 'Farm shop wins award for its pies', 'A farm shop near Skipton has been named the best in the country.', 'School roof repairs start in spring', 'Work on the storm-damaged roof will begin in April.'];
    const kinds = ['heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph'];
    const linkShare = [0, 0, 1, 0, 1, 0];
    const v = cleanSource({ ...textSource(lines.join('\n')), kinds: kinds as never, linkShare });
    const reasonOfLine = (text: string): string => v.find((x) => x.text === text)?.reason ?? '';
    expect(reasonOfLine('Farm shop wins award for its pies')).toBe('related');
    expect(reasonOfLine('Work on the storm-damaged roof will begin in April.')).toBe('related');
    expect(v.find((x) => x.text === BODY)?.keep).toBe(true);
    const one = cleanSource({ ...textSource(lines.slice(0, 4).join('\n')), kinds: kinds.slice(0, 4) as never, linkShare: linkShare.slice(0, 4) });
    expect(one.find((x) => x.text === 'A farm shop near Skipton has been named the best in the country.')?.reason).not.toBe('related');
  });
});

suite('a headline and standfirst hard-wrapped at 72 characters (session 7)', () => {
  it('takes the wrapped headline, not the standfirst under it, and keeps both', () => {
    const v = verdicts([
      'Harbour City Times',
      'Open in app',
      "Maritime museum buys 'lost' whaling logbooks that sat in a Norfolk attic",
      'for a century',
      'The three volumes record the voyages of the Harbour City whaler',
      'Perseverance between 1838 and 1846',
      'By Priscilla Nakamura',
      'Sept. 23, 2024',
      'The logbooks, bought at auction on Friday for £86,000, were found in a box of papers left to a retired',
      'teacher in Norfolk, who did not know what they were until a neighbour saw them.',
      'Curators say the entries describe storms, sightings and the daily life of the crew in unusual detail.',
    ]);
    expect(v.get("Maritime museum buys 'lost' whaling logbooks that sat in a Norfolk attic")).toBe('headline');
    expect(v.get('for a century')).toBe('headline');
    expect(v.get('The three volumes record the voyages of the Harbour City whaler')).toBe('dek');
  });
});

suite('captions that carry a picture note (session 7)', () => {
  const BODY = 'The harbour board said on Monday that the new ferry berth would open in March, two months later than planned.';
  const BODY2 = 'Engineers found that the old pilings were weaker than surveys had shown, and some will have to be replaced.';
  it('keeps the sentences of a caption before "File photo", and not the note alone', () => {
    expect(reason('Ferries queue at the old berth in Kelby harbour. The new berth will take two at once. File photo')).toBeNull();
    expect(reason('File photo')).toBe('stock-photo');
  });

  it('keeps a labelled caption after the last paragraph, but not a labelled credit', () => {
    const v = verdicts(['Ferry berth opening pushed back to March', BODY, BODY2, 'Image: The old berth at low tide in the spring. © Kelby Harbour Trust', 'Photo: Jo Doe/Reuters', 'Sign up to our newsletter']);
    expect(v.get('Image: The old berth at low tide in the spring. © Kelby Harbour Trust')).toBe('+');
    expect(v.get('Photo: Jo Doe/Reuters')).not.toBe('+');
  });

  it('keeps a caption with its credit under it after the last paragraph', () => {
    const v = verdicts(['Ferry berth opening pushed back to March', BODY, BODY2, 'Harbour master Ana Ruiz at the old berth. (Supplied)', 'Supplied', 'Recommended', 'Why the tides are getting higher']);
    expect(v.get('Harbour master Ana Ruiz at the old berth. (Supplied)')).toBe('+');
    expect(v.get('Supplied')).not.toBe('+');
  });
});
