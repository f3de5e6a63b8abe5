import { describe as suite, expect, it } from 'vitest';
import { textSource as source } from '../testing/text-source.ts';
import { cleanSource } from './index.ts';
import { lineFeatures } from './line-features.ts';
import { extractHtml } from '../ingest/html/index.ts';
import { reasonOf as reason, verdictsOf as verdicts } from './testing.ts';

const BODY = [
  'The district council voted on Tuesday to keep the Kelby swimming pool open for another two years, reversing a plan to close it in the spring.',
  'Council leader Amira Holt said the £410,000 needed for repairs would come from the leisure reserve, and that a new pool would be planned for 2028.',
  'Swimming clubs had collected more than 3,000 signatures against the closure, saying the nearest other pool was a forty-minute bus ride away.',
];

suite('chrome lines (session 5)', () => {
  it('names account buttons, with the site name glued to the first, as a prompt', () => {
    expect(reason('Free trial | Log in')).toBe('prompt');
    expect(reason('Logga in | Prenumerera')).toBe('prompt');
    expect(reason('The Kelby ObserverSubscribe | Log in')).toBe('prompt');
    expect(reason('Kelby votes to keep its pool | Local')).toBeNull();
  });

  it('names a promotion ending in its button', () => {
    expect(reason('FREE SPINS CLUB: Stake £5 Get £20 in Bonus Spins* — Claim now')).toBe('prompt');
    expect(reason('Poll: Should the pool stay open? Vote now')).toBe('prompt');
    expect(reason('The Kelby briefing lands every morning — it’s free.Sign up')).toBe('prompt');
    expect(reason('Residents were told they could vote now or by post before the deadline.')).toBeNull();
  });

  it('names a form of drop-down fields as navigation', () => {
    expect(reason('Find a home: Area ▾ Bedrooms ▾ Max price ▾ GO')).toBe('nav');
    expect(reason('Shares fell ▾ 2% on the news.')).toBeNull();
  });

  it("names a MediaWiki site's tagline as the masthead", () => {
    expect(reason('From Townwiki News, the free news site anyone can edit!')).toBe('masthead');
    expect(reason('From Monday, the free bus pass covers all routes.')).toBeNull();
  });

  it("reads a text browser's link numbers as no part of the line", () => {
    expect(reason('By [12]Imogen Castellane')).toBe('byline');
    expect(reason('[7]Subscribe')).toBe('prompt');
  });
});

suite('the head and the tail of an article (session 5)', () => {
  it('takes the headline, not the site name set over its account buttons', () => {
    const headline = 'Kelby pool saved as council reverses closure plan';
    const v = verdicts(['Cookie settings', 'The Kelby Observer', 'Subscribe | Log in', 'News > Kelby', headline, ...BODY]);
    expect(v.get(headline)).toBe('headline');
    expect(v.get('The Kelby Observer')).not.toBe('headline');
  });

  it('drops a breadcrumb trail that ends in the headline below it, and keeps the headline', () => {
    const headline = 'Kelby pool saved as council reverses closure plan';
    const trail = `You are here: Home » News » ${headline}`;
    const v = verdicts([trail, headline, ...BODY]);
    expect(v.get(trail)).toBe('nav');
    expect(v.get(headline)).toBe('headline');
  });

  it('keeps a list after the last paragraph when a sentence leads into it, and a list running on from the body', () => {
    const lead = 'What you can bring to the swap shop:';
    const items = ['• children’s clothes and shoes', '• books and board games', '• small furniture you can carry'];
    const v = verdicts(['Kelby pool saved as council reverses closure plan', ...BODY, lead, ...items, 'Accessible version (PDF, 120 KB)']);
    expect(v.get(lead)).toBe('+');
    for (const item of items) expect(v.get(item)).toBe('+');
    const running = ['* Lane swimming from 6am on weekdays', '* Free sessions for under-fives', '* A new changing village'];
    const w = verdicts(['Kelby pool saved as council reverses closure plan', ...BODY, 'The plan includes:', '', running[0]!, running[1]!, running[2]!, '', '### You might also like', '* [Kelby market moves](/news/market)']);
    for (const item of running) expect(w.get(item)).toBe('+');
  });

  it('keeps a second, longer fact line under a first, and the fact list after it', () => {
    const facts = ['Pros: Warm water; long opening hours; cheap', 'Cons: Crowded lanes at weekends; only one diving board; slow lockers', 'Opening hours', 'Adult swim: £4.20', 'Lanes: 6'];
    const v = verdicts(['Kelby pool saved as council reverses closure plan', ...BODY, ...facts, 'Find a pool near you']);
    for (const line of facts) expect(v.get(line)).toBe('+');
  });

  it('keeps figures set over the paragraphs they head, and not a lone count', () => {
    const v = verdicts([
      'The week in numbers: what Kelby counted',
      'Every Friday we pick the numbers behind the week’s news.',
      '3,000',
      'Signatures collected by swimming clubs against the closure of the Kelby pool, in under a month.',
      '41%',
      'Turnout in the Harbour ward by-election, up from 29% at the last full election four years ago.',
    ]);
    expect(v.get('3,000')).toBe('+');
    expect(v.get('41%')).toBe('+');
    const w = verdicts(['Kelby pool saved as council reverses closure plan', BODY[0]!, '1,284', BODY[1]!, BODY[2]!]);
    expect(w.get('1,284')).not.toBe('+');
  });
});

suite('relative times in other languages (session 5)', () => {
  it('names "updated N hours ago" with a localised label as a timestamp', () => {
    expect(reason('Uppdaterad 14 timmar sedan')).toBe('timestamp');
    expect(reason('Aktualisiert vor 3 Stunden')).toBe('timestamp');
    expect(reason('Oppdatert for 2 timer siden')).toBe('timestamp');
    expect(reason('Uppdaterad plan för skolan')).toBeNull();
  });
});

suite('social and channel furniture (session 5)', () => {
  it("names a thread unroller's header, a name with its handle, a pinned marker and a note to grown-ups", () => {
    expect(reason('Thread by @kelby_news on Apr 3rd 2025')).toBe('byline');
    expect(reason('Dr Imogen Castellane @imogen.cast.example')).toBe('byline');
    expect(reason('Pinned message: Send us your flood photos → @kelby_tips')).toBe('nav');
    expect(reason('Grown-ups: read our guide to talking about floods with children')).toBe('related');
    expect(reason('Parents: the council said schools would reopen on Monday.')).toBeNull();
    expect(reason('The thread by the river was cut on Monday.')).toBeNull();
  });

  it('takes a question in a table of contents as an entry, not the headline', () => {
    const title = 'Cold water swimming and sleep: what a small study found';
    const body = 'A twelve-week study of 80 adults found that a weekly cold swim made no measurable difference to how long people slept, though many said they felt calmer.';
    const v = verdicts(['Kelby Health', 'Table of contents', 'What the study tested', 'Should you try it?', title, body, 'What the study tested', BODY[0]!, 'Should you try it?', BODY[1]!]);
    expect(v.get(title)).toBe('headline');
  });
});

suite("the publisher's standing notes (session 5)", () => {
  it('names liability, accuracy, trademark and audience notes as disclaimers, not reported speech', () => {
    expect(reason('Figures are a guide only. The Kelby Observer accepts no liability for decisions made on them.')).toBe('disclaimer');
    expect(reason('Times correct at the time of publishing and subject to change.')).toBe('disclaimer');
    expect(reason('Kelby Health is a registered trademark. This site does not provide medical advice.')).toBe('disclaimer');
    expect(reason('This update is for Kelby Council staff only. Please do not forward it.')).toBe('disclaimer');
    expect(reason('Everyone named is presumed innocent until proven guilty in court.')).toBe('disclaimer');
    expect(reason('The operator accepts no liability for the crash, its lawyer said.')).toBeNull();
    expect(reason('“We accept no responsibility,” the owner told the hearing.')).toBeNull();
  });
});

suite('Markdown exports (session 5)', () => {
  it('reads emphasised and linked chrome as chrome', () => {
    expect(reason('By [Imogen Castellane](https://kelby.example/authors/imogen)')).toBe('byline');
    expect(reason('_Posted in [News](/news/) on 03/04/2025 by [editor](/author/editor/)_')).toBe('byline');
    expect(reason('*Photo: Ravi Mehta for the Kelby Observer*')).toBe('credit');
    expect(reason('Related reviews')).toBe('related');
    expect(reason('*The pool will reopen on Monday, the council said.*')).toBeNull();
  });

  it('keeps @handles and snake_case words whole', () => {
    expect(lineFeatures('Thread by @kelby_news_desk').text).toBe('Thread by @kelby_news_desk');
    expect(lineFeatures('**Read more:** the full report').text).toBe('Read more: the full report');
  });
});

suite('headline and dek shapes (session 5)', () => {
  it("takes a site's name and section in capitals for a masthead, not the headline", () => {
    const headline = 'Home of the week: a converted chapel in Kelby Heights';
    const v = verdicts(['THE KELBY OBSERVER | PROPERTY', '', headline, '', 'Story by Ravi Mehta', '', 'April 18, 2025', '', ...BODY]);
    expect(v.get(headline)).toBe('headline');
  });

  it('takes no dek from a text written in short sentences under its byline', () => {
    const v = verdicts(['New rules for swimming at Kelby pool', '12 September 2025', 'The pool has new rules.', 'You must wear a swim cap.', 'Children must swim with an adult.', 'The rules start on Monday.', 'The pool is open every day from 7 in the morning.']);
    expect(v.get('The pool has new rules.')).toBe('+');
    const w = verdicts(['Kelby pool saved as council reverses closure plan', 'By Ravi Mehta', 'Clubs warned of years without a pool.', '', ...BODY]);
    expect(w.get('Clubs warned of years without a pool.')).toBe('dek');
  });
});

suite('posts, archives and notes (session 5)', () => {
  it("names a post's reaction row, its hashtags and a forwarding note", () => {
    expect(reason('♡ 2.4K   ↻ 310   💬 45')).toBe('social');
    expect(reason('👍❤️ 912 · 40 comments · 77 reposts')).toBe('social');
    expect(reason('#floods #KelbyValley #weather')).toBe('related');
    expect(reason('Forwarded from Kelby Weather')).toBe('social');
    expect(reason('In 2019 there were 1,200 homes; by 2024 there were 1,450.')).toBeNull();
    expect(reason('#1 in the league for the third year running')).toBeNull();
  });

  it("names a web cache's banner, a site's editorial-process note and 'continues below' in other languages", () => {
    expect(reason('This is FindIt’s cache of https://kelby.example/news/pool. It is a snapshot of the page.')).toBe('nav');
    expect(reason('How we reviewed this article:')).toBe('disclaimer');
    expect(reason('Dalsza część artykułu pod materiałem wideo')).toBe('ad');
    expect(reason('Der Artikel wird unter der Werbung fortgesetzt')).toBe('ad');
    expect(reason('How we reviewed the evidence mattered, the judge said.')).toBeNull();
  });

  it('names buttons set apart by wide gaps, press contacts and free-to-read notes', () => {
    expect(reason('Save as PDF   Bookmark   Share')).toBe('prompt');
    expect(reason('For press enquiries contact press@kelbypool.example')).toBe('related');
    expect(reason('This explainer is free to read because our members pay for it. Join them.')).toBe('prompt');
    expect(reason('Lanes  Times  Prices')).toBeNull();
  });
});

suite('event dates, captions, headings and tables (session 5)', () => {
  it("keeps an event's run of dates and a caption sentence carrying its credit", () => {
    expect(reason('8 November 2025 – 1 March 2026')).toBeNull();
    expect(reason('March 3 to April 14, 2025')).toBeNull();
    expect(reason('March 3, 2025')).toBe('timestamp');
    expect(reason('Image: Swimmers at the reopened lido in the first week. © Kelby Pools Trust')).toBeNull();
    expect(reason('Photo: Ravi Mehta. Courtesy of the artist')).toBe('credit');
  });

  it('reads a heading that opens with an article as a heading, not a name at a place', () => {
    expect(reason('Die Wahl in Kelburg')).toBeNull();
    expect(reason('Imogen Castellane in Lisbon')).toBe('byline');
  });

  it("keeps a table's header row over its rows", () => {
    const header = '\tAdult swim\tChild swim\tFamily ticket\tSauna pass';
    const v = verdicts(['Kelby pool saved as council reverses closure plan', ...BODY, 'Prices from Monday', header, 'Weekdays\t£4.20\t£2.10\t£11\t£6', 'Weekends\t£5.00\t£2.50\t£13\t£7', BODY[0]!]);
    expect(v.get(header)).toBe('+');
  });
});

suite("large news sites' own furniture (session 5)", () => {
  it('names labels, paywall notes and player errors', () => {
    expect(reason('SKIP ADVERTISEMENT')).toBe('ad');
    expect(reason('Supported by')).toBe('ad');
    expect(reason('This article is more than 2 years old')).toBe('timestamp');
    expect(reason('Image caption,')).toBe('image');
    expect(reason('This video can not be played')).toBe('player');
    expect(reason('As a subscriber, you have 10 gift articles to give each month.')).toBe('prompt');
    expect(reason('Photo illustration by Ravi Mehta')).toBe('credit');
    expect(reason('Read in app')).toBe('prompt');
    expect(reason('Supported by a grant from the Kelby Trust, the study ran for two years.')).toBeNull();
    expect(reason('This article is more than a summary of the report, the editor said.')).toBeNull();
  });
});

suite('bare links (session 5)', () => {
  it('names a bare domain and path as a link, not a headline', () => {
    expect(reason('kelbyobserver.example/news/pool-saved-2025')).toBe('nav');
    expect(reason('and/or')).toBeNull();
  });
});

suite('what a saved page marks up (session 5)', () => {
  const page = (after: string): Map<string, string> => {
    const html = `<!doctype html><html><body><article><h1>Kelby pool saved as council reverses closure plan</h1>
      <figure><img src="https://cdn.example/pool.jpg" alt="The lido on a summer afternoon"><figcaption>Swimmers at the lido last summer.</figcaption></figure>
      ${BODY.map((p) => `<p>${p}</p>`).join('')}${after}</article></body></html>`;
    const extracted = extractHtml(html, { path: 'page.html' });
    const lines = extracted.text.split('\n');
    const verdicts = cleanSource({ ...source(extracted.text), format: 'html', images: extracted.images, kinds: extracted.kinds, linkShare: extracted.linkShare });
    return new Map(verdicts.filter((v) => v.reason !== 'blank').map((v) => [lines[v.n - 1] ?? '', v.keep ? '+' : v.reason]));
  };

  it("keeps a text list after the last paragraph and drops a list of links; an image's alt text is not article text", () => {
    const text = page('<ul><li>Lane swimming from 6am</li><li>Free sessions for under-fives</li></ul>');
    expect(text.get('• Lane swimming from 6am')).toBe('+');
    expect(text.get('• Free sessions for under-fives')).toBe('+');
    expect(text.get('The lido on a summer afternoon')).toBe('image');
    const links = page('<ul><li><a href="/news/a">Kelby market to move back to High Street</a></li><li><a href="/news/b">Leisure centre prices rise by 5%</a></li></ul>');
    expect(links.get('• Kelby market to move back to High Street')).not.toBe('+');
  });

  it('drops a paragraph that is all link text inside the body, and keeps one with a link in it', () => {
    const v = page('<p><a href="/news/market">Kelby market to move back to High Street next month</a></p><p>The council said <a href="/report">its report</a> would be published in full on Friday, with the costs of each option.</p>');
    expect(v.get('Kelby market to move back to High Street next month')).toBe('related');
    expect(v.get('The council said its report would be published in full on Friday, with the costs of each option.')).toBe('+');
  });
});

suite('glued bylines and service strips (session 5)', () => {
  it('names a name with its role glued on as a byline, and a service with its domain as navigation', () => {
    expect(reason('Imogen CastellaneLocal democracy reporter')).toBe('byline');
    expect(reason('Ravi MehtaSenior Editor')).toBe('byline');
    expect(reason('Unrolled · threadstack.example')).toBe('nav');
    expect(reason('The McDonald family')).toBeNull();
    expect(reason('Our sports editor has resigned.')).toBeNull();
  });
});

suite('headings that head nothing (session 5)', () => {
  it("drops a newsletter box's title over its prompt, and keeps a subheading over its text and a closing fact", () => {
    const v = verdicts(['Kelby pool saved as council reverses closure plan', '', BODY[0]!, '', 'Clubs welcome the decision', '', BODY[1]!, '', 'The Kelby Briefing', '', 'Get the morning briefing in your inbox. Sign up', '', BODY[2]!, '', 'Attendance: 612', '', '© 2025 The Kelby Observer']);
    expect(v.get('Clubs welcome the decision')).toBe('+');
    expect(v.get('The Kelby Briefing')).not.toBe('+');
    expect(v.get('Attendance: 612')).toBe('+');
  });
});

suite('notes under the article (session 5)', () => {
  it('names helpline boxes, comment prompts, funding notes and podcast links, not reported speech', () => {
    expect(reason('If you have been affected by any of the issues in this story, you can contact the Kelby Helpline free on 0800 123.')).toBe('disclaimer');
    expect(reason('Have your say in our comments section below.')).toBe('prompt');
    expect(reason('Comments are closed.')).toBe('prompt');
    expect(reason('This series was produced with support from the Kelby Foundation.')).toBe('disclaimer');
    expect(reason('Listen to our podcast on Spotify, Apple Podcasts or wherever you get your podcasts.')).toBe('player');
    expect(reason('If you are a tenant, call the council on 0300 123 4567 to report mould, the council said.')).toBeNull();
  });
});

suite('wrapped text (session 5)', () => {
  it('removes every physical line of a wrapped cookie notice or company footer', () => {
    const notice = ['We and our partners store and access information on your device, such as', 'cookies, and process personal data for personalised ads and content, ad', 'and content measurement. You can change your choices at any time by', 'clicking Cookie settings in the footer.'];
    const v = verdicts(['Kelby pool saved as council reverses closure plan', '', ...notice, '', ...BODY]);
    for (const line of notice) expect(v.get(line)).not.toBe('+');
    for (const p of BODY) expect(v.get(p)).toBe('+');
  });

  it("keeps a wrapped sentence's last line, however it looks alone", () => {
    const lines = ['Kelby pool saved as council reverses closure plan', '', 'The district council voted on Tuesday to keep the Kelby swimming pool open', 'for another two years, reversing a plan to close it, the council leader', 'said.', '', 'Roads to the lido were closed for most of the morning on Wednesday, blocked', 'by snow.', '', BODY[1]!, '', BODY[2]!];
    const v = verdicts(lines);
    expect(v.get('said.')).toBe('+');
    expect(v.get('by snow.')).toBe('+');
    expect(reason('by snow.')).not.toBe('byline');
    expect(reason('Author of the article:')).toBe('byline');
  });
});

suite("a thread unroller's counts (session 5)", () => {
  it('names a strip of post counts and a read-on button as a prompt', () => {
    expect(reason('12 tweets, 4 min read  Read on X')).toBe('prompt');
    expect(reason('12 tweets were deleted before the hearing.')).toBeNull();
  });
});

suite('a standfirst set apart by its layout (session 5)', () => {
  it('takes one long line over a hard-wrapped body as the dek, and not a first paragraph running straight into it', () => {
    const dek = 'Swimmers raised £180,000 in eight weeks to buy the lido after its owner announced it would close.';
    const wrapped = ['The Kelby lido will stay open after members of a new community', 'benefit society voted on Monday night to complete its purchase from', 'the family that has run it since 1958.'];
    const v = verdicts(['Kelby lido saved by its swimmers', '', dek, '', ...wrapped, '', 'The society will take over on 1 June, its chair said on Tuesday.']);
    expect(v.get(dek)).toBe('dek');
    const w = verdicts(['Kelby lido saved by its swimmers', '', dek, ...wrapped, '', 'The society will take over on 1 June, its chair said on Tuesday.']);
    expect(w.get(dek)).not.toBe('dek');
  });
});

suite('kickers and mastheads over the headline (session 5)', () => {
  const BYLINE = ['By Ravi Mehta', '4 March 2025', ...BODY];
  it('takes the headline under a short kicker or an outlet with its tagline, and keeps a headline in capitals over its standfirst', () => {
    const title = 'Kelby pool saved as council reverses closure plan';
    expect(verdicts(['EXCLUSIVE: Inside the deal', title, ...BYLINE]).get(title)).toBe('headline');
    expect(verdicts(['The Kelby Observer — Your Town, Your News', title, ...BYLINE]).get(title)).toBe('headline');
    expect(verdicts(['POOL SAVED AT LAST', 'Swimmers celebrate as the council reverses its closure plan', ...BYLINE]).get('POOL SAVED AT LAST')).toBe('headline');
  });
});

suite('chrome over the headline (session 5)', () => {
  const title = 'Kelby pool saved as council reverses closure plan';
  const page = (top: string): Map<string, string> => verdicts([top, title, 'By Ravi Mehta', '4 March 2025', ...BODY]);
  it('takes the headline under a topics bar, an e-edition link, a live-stream promo, a most-read teaser or a survey prompt', () => {
    for (const top of ['Hot topics: Council tax, Bin collections, Roadworks', "Today's paper: read the digital edition", 'Watch live: council meeting streams at 7pm', 'Most read: Man charged after Kelby crash', 'Kelby Observer reader survey 2025: tell us what you think']) {
      expect(page(top).get(title)).toBe('headline');
    }
  });

  it('does not join a short prompt ending in a joining word with the headline under it', () => {
    const v = page('Sign in to read more stories like this');
    expect(v.get(title)).toBe('headline');
  });
});

suite('chrome in other languages (session 5)', () => {
  it('names rights notices, ad markers, newsletter prompts, buttons and read-also links in ten languages', () => {
    expect(reason('Alle Rechte vorbehalten')).toBe('copyright');
    expect(reason('Tutti i diritti riservati')).toBe('copyright');
    expect(reason('Mainos')).toBe('ad');
    expect(reason('Newsletter abonnieren')).toBe('prompt');
    expect(reason('Schrijf je in voor onze nieuwsbrief')).toBe('prompt');
    expect(reason('Zum Inhalt springen')).toBe('prompt');
    expect(reason('Lue myös: Kaupunki avaa uuden uimahallin')).toBe('related');
    expect(reason('Foto: dpa')).toBe('credit');
    // A caption sentence after the label is the article's, in any language.
    expect(reason('Foto: Der Bürgermeister bei der Eröffnung der neuen Brücke am Montag.')).toBeNull();
    expect(reason('Annonce du gouvernement mardi')).toBeNull();
  });
});

suite('more prompts (session 5)', () => {
  it('names a German cookie line, a paywall asking politely, a player error and an app prompt, not news about an app', () => {
    expect(reason('Nutzen Sie unsere Website weiter, stimmen Sie der Verwendung von Cookies zu.')).toBe('prompt');
    expect(reason('To continue reading, please subscribe or log in.')).toBe('prompt');
    expect(reason('Your browser does not support the video tag.')).toBe('player');
    expect(reason('Stay up to date with the latest news by downloading our free app.')).toBe('prompt');
    expect(reason('The council said residents can report potholes by downloading its app.')).toBeNull();
  });
});

suite('a sign-off one blank line below the last paragraph (session 5)', () => {
  it('keeps "Thank you." closing a speech in a double-spaced copy', () => {
    const v = verdicts(['Kelby pool saved as council reverses closure plan', '', BODY[0]!, '', BODY[1]!, '', BODY[2]!, '', 'Thank you.', '', '© 2025 The Kelby Observer']);
    expect(v.get('Thank you.')).toBe('+');
  });
});

suite('a double-spaced live page (session 5)', () => {
  it("takes the page's headline, not an entry's heading, when every line is set apart by a blank line", () => {
    const headline = 'Storm hits Kelby: power cuts and travel disruption — live updates';
    const lines = [headline, 'Key events', 'Trains cancelled across the north', BODY[0]!, 'Thousands of homes without power', BODY[1]!, 'Flood warnings in place', BODY[2]!];
    const v = verdicts(lines.flatMap((line) => [line, '']));
    expect(v.get(headline)).toBe('headline');
  });
});

suite("a paper's tagline (session 5)", () => {
  it("names a tagline addressing the reader, or naming the paper's founding year, as the masthead", () => {
    expect(reason('Your local paper since 1854')).toBe('masthead');
    expect(reason('Your trusted news source for Kelby')).toBe('masthead');
    expect(reason('Kelby news, since 1854')).toBe('masthead');
    expect(reason('Warmest winter since 1880')).toBeNull();
    expect(reason('The paper that changed the law')).toBeNull();
  });
});

suite('promos between paragraphs (session 5)', () => {
  it('names coverage links, paid-support prompts, share prompts and video pointers, not the report itself', () => {
    expect(reason('Read our full coverage of the 2025 budget.')).toBe('related');
    expect(reason('Support independent local journalism from just £1.')).toBe('prompt');
    expect(reason('Enjoyed this article? Share it with a friend.')).toBe('social');
    expect(reason('Scroll down for video.')).toBe('player');
    expect(reason("Don't have time to read it all? Listen to this story.")).toBe('player');
    expect(reason('Read the full report, which was published on Tuesday.')).toBeNull();
  });
});

suite("the outlet's notes about itself (session 5)", () => {
  it('names comment moderation, series notes, standards notes and a staff bio, not reported speech', () => {
    expect(reason('Comments are moderated and will appear after approval.')).toBe('prompt');
    expect(reason('The views of our readers are their own and do not represent those of the Observer.')).toBe('disclaimer');
    expect(reason("This article is part of our series on the future of Kelby's high street.")).toBe('related');
    expect(reason('The Kelby Observer is independent and has been serving readers since 1854.')).toBe('masthead');
    expect(reason("Our journalists follow the Editors' Code of Practice.")).toBe('disclaimer');
    expect(reason('Ravi Mehta is our local democracy reporter, covering Kelby District Council.')).toBe('bio');
    expect(reason('The council said the scheme is part of a series of cuts.')).toBeNull();
    expect(reason('Our reporters follow the money, the mayor said.')).toBeNull();
  });
});
