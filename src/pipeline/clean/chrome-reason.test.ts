import { describe as suite, expect, it } from 'vitest';
import { carriesPhotoCredit, isItemStrip, isSectionMenu } from './chrome-reason.ts';
import { lineFeatures } from './line-features.ts';
import { reasonOf as reason } from './testing.ts';

suite('chromeReason: session-2 patterns (invented lines)', () => {
  it('names a strip of section names as the site menu, not prose or a headline', () => {
    expect(reason('Home News Sport Business Gardening Motoring Announcements e-Paper')).toBe('nav');
    expect(reason('Canada · World · Economy · Sport · Culture · Food')).toBe('nav');
    expect(isSectionMenu(lineFeatures('Harbour Board Approves New Ferry Timetable For Winter'))).toBe(false);
    expect(reason('Sport and culture budgets cut as the council looks for savings')).toBeNull();
  });

  it('names a single breadcrumb step and a gallery pager', () => {
    expect(reason('News › Courts')).toBe('nav');
    expect(reason('Travel » Islands')).toBe('nav');
    expect(reason('‹ Previous   Next ›')).toBe('nav');
    expect(reason('Next image')).toBe('nav');
    expect(reason('The next step › the hearing')).toBeNull();
  });

  it('names ad markers with a trailing instruction and ad feedback links', () => {
    expect(reason('Advertisement - scroll to continue')).toBe('ad');
    expect(reason('ADVERTISEMENT: Story continues below')).toBe('ad');
    expect(reason('Ad Feedback')).toBe('ad');
    expect(reason('AdChoices')).toBe('ad');
    expect(reason('Advertisers pulled out of the festival after the row.')).toBeNull();
  });

  it('names an audio player speed selector', () => {
    expect(reason('1x')).toBe('player');
    expect(reason('Speed 0.75x 1x 1.25x 1.5x 2x')).toBe('player');
    expect(reason('Playback speed: 1.5x')).toBe('player');
    expect(reason('The new engine is 2x faster than the old one.')).toBeNull();
  });

  it('names the automated-voice and machine-translation notices', () => {
    expect(reason('Audio for this story is produced with a synthetic voice.')).toBe('disclaimer');
    expect(reason('This article was translated from Danish by a machine translation tool and checked by our desk.')).toBe('disclaimer');
    expect(reason('The ministry said the letters had been translated by an automated system, which introduced errors.')).toBeNull();
  });

  it('names donation, inbox and already-a-subscriber prompts', () => {
    expect(reason('Keep local reporting free for everyone. Donate today.')).toBe('prompt');
    expect(reason('Get the morning briefing straight to your inbox.')).toBe('prompt');
    expect(reason('Already a subscriber? Sign in')).toBe('prompt');
    expect(reason('Residents can donate blood at the town hall on Saturday, organisers said.')).toBeNull();
  });

  it('names stock-quote widgets: ticker symbols and prices with a currency code', () => {
    expect(reason('BRVX.ST')).toBe('market');
    expect(reason('SEK 88.40')).toBe('market');
    expect(reason('112.05 CHF')).toBe('market');
    expect(reason('U.S.')).toBeNull();
  });

  it('reads dates and timestamps in French, Spanish, Portuguese, German and Italian', () => {
    expect(reason('Jueves, 3 de abril de 2025, 18:05')).toBe('timestamp');
    expect(reason('Actualizado: viernes, 4 de abril de 2025, 09:10')).toBe('timestamp');
    expect(reason('Mis à jour le 12 mars 2024 à 08h15')).toBe('timestamp');
    expect(reason('Veröffentlicht am 3. März 2024, 14:20 Uhr')).toBe('timestamp');
    expect(reason('Publicado em 5 de maio de 2023')).toBe('timestamp');
    expect(reason('El 3 de abril de 2025 el club firmó a su nuevo entrenador.')).toBeNull();
  });

  it('reads a date glued to its time, an offset zone, and two timestamps side by side', () => {
    expect(reason('March 3, 20258:05 AM GMT+1Updated 3 hours ago')).toBe('timestamp');
    expect(reason('Published 6:10 a.m. ET Feb. 2, 2025 | Updated 9:45 a.m. ET Feb. 2, 2025')).toBe('timestamp');
    expect(reason('03.04.2025 – 11:20')).toBe('timestamp');
  });

  it('names a reporter with a role after a middle dot or dash', () => {
    expect(reason('Pia Olander · Health Reporter')).toBe('byline');
    expect(reason('Tomas Reyes – Staff Writer')).toBe('byline');
  });

  it('names "Interactive:" promos and "Read in <language>:" switches as related links', () => {
    expect(reason('Interactive: explore every polling station result since 2010')).toBe('related');
    expect(reason('Read in Spanish: El puerto reabre tras la tormenta')).toBe('related');
    expect(reason('Lire en anglais : The port reopens after the storm')).toBe('related');
  });

  it('names a bookmark button', () => {
    expect(reason('Bookmark')).toBe('prompt');
    expect(reason('Save for later')).toBe('prompt');
  });
});

suite('chromeReason: newsroom, platform and foreign-language chrome (invented lines)', () => {
  it('names share labels, "provided by" labels and newsroom bylines', () => {
    expect(reason('Share this article')).toBe('social');
    expect(reason('Deel dit artikel')).toBe('social');
    expect(reason('NEWS PROVIDED BY')).toBe('byline');
    expect(reason('Staff and agencies')).toBe('byline');
    expect(reason('From staff reports')).toBe('byline');
    expect(reason('Staff cuts hit the newsroom')).toBeNull();
  });

  it('names relative times in several languages', () => {
    expect(reason('3 hours ago')).toBe('timestamp');
    expect(reason('Yesterday at 18:40')).toBe('timestamp');
    expect(reason('hace 2 horas')).toBe('timestamp');
    expect(reason('vor 5 Minuten')).toBe('timestamp');
    expect(reason('2 uur geleden')).toBe('timestamp');
    expect(reason('Three days ago the river burst its banks.')).toBeNull();
  });

  it('names cookie banners in languages beyond English, and not a recipe that mentions cookies', () => {
    expect(reason('Wij gebruiken cookies om uw ervaring op onze website te verbeteren.')).toBe('prompt');
    expect(reason('Vi använder cookies för att ge dig en bättre upplevelse.')).toBe('prompt');
    expect(reason('The bakery sold 3,000 cookies at the fair, its owner said.')).toBeNull();
  });

  it('reads Dutch, Swedish, Russian and Chinese bylines, dates and links', () => {
    expect(reason('Door Maartje de Vries')).toBe('byline');
    expect(reason('Av Karin Holm')).toBe('byline');
    expect(reason('4 maart 2025, 10:15')).toBe('timestamp');
    expect(reason('Publicerad 3 juni 2024 kl. 09.15')).toBe('timestamp');
    expect(reason('5 октября 2024, 18:30')).toBe('timestamp');
    expect(reason('2024年10月12日 09:30')).toBe('timestamp');
    expect(reason('来源：东方日报')).toBe('byline');
    expect(reason('Lees ook: Nieuwe brug opent in mei')).toBe('related');
    expect(reason('Läs också: Trafiken minskar i centrum')).toBe('related');
    expect(reason('Annons')).toBe('ad');
  });

  it('names share targets, handout credits and how to reach the author', () => {
    expect(reason('WhatsApp')).toBe('social');
    expect(reason('Supplied')).toBe('credit');
    expect(reason('Contact Dana Ruiz at druiz@example.org')).toBe('bio');
    expect(reason('Reach the reporter at 555-0100.')).toBe('bio');
    expect(reason('Contact tracing at schools will end in June, officials said.')).toBeNull();
  });

  it('names reader notes, category lines, shop links, engagement counts and newsletter platform chrome', () => {
    expect(reason('Spotted an error? Let us know.')).toBe('prompt');
    expect(reason('Originally published at The Valley Post')).toBe('prompt');
    expect(reason('Posted in Politics')).toBe('related');
    expect(reason('Category: Local News')).toBe('related');
    expect(reason('$249 at Amazon')).toBe('ad');
    expect(reason('View deal')).toBe('ad');
    expect(reason('1.2K')).toBe('social');
    expect(reason('3.4M views 2 years ago')).toBe('social');
    expect(reason('Discover more from The Long Run')).toBe('prompt');
    expect(reason('Our mailing address is:')).toBe('prompt');
  });

  it('names a footer strip of site links, and keeps a headline glued to a breadcrumb', () => {
    expect(reason('Help Status About Careers Press Blog Privacy Terms')).toBe('nav');
    expect(reason('HomeNewsWorldMinisters agree new fishing deal after all-night talks')).toBeNull();
    expect(reason('HomeNewsWorld')).toBe('nav');
  });

  it('names sponsored-link sources, script calls and notification prompts', () => {
    expect(reason('GardenTipsDaily | Sponsored')).toBe('ad');
    expect(reason("gtag('config', 'G-12345');")).toBe('css');
    expect(reason('Get browser notifications for breaking news')).toBe('prompt');
    expect(reason('Please turn on JavaScript to use this feature')).toBe('prompt');
    expect(reason('Key event')).toBe('prompt');
  });
});

suite('chromeReason: markers set between paragraphs (invented lines)', () => {
  it('names ad markers in dashes or brackets, partner content and the main-story jump', () => {
    expect(reason('— Advertisement —')).toBe('ad');
    expect(reason('(Story continues below)')).toBe('ad');
    expect(reason('Continue reading the main story')).toBe('ad');
    expect(reason('This content is provided by our partner')).toBe('ad');
    expect(reason('The ad campaign, he said, was a mistake.')).toBeNull();
  });

  it('names video and related-story headers, gallery buttons and channel prompts', () => {
    expect(reason('RELATED STORY')).toBe('related');
    expect(reason('Trending Videos')).toBe('related');
    expect(reason('Photo gallery (12 photos)')).toBe('image');
    expect(reason('Expand image')).toBe('image');
    expect(reason('Join our WhatsApp channel for the latest updates')).toBe('prompt');
    expect(reason('Villagers joined the WhatsApp group set up by the council to share flood warnings.')).toBeNull();
  });
});

suite('chromeReason: session-2 round-2 patterns (invented lines)', () => {
  it('asks the reader to write in, tag, rate or open the app only on short lines that quote nobody', () => {
    expect(reason('Have a view on this? Write to us at letters@harbour.example.')).toBe('prompt');
    expect(reason('Did you bake this? Tag @harbourkitchen and leave a rating below.')).toBe('prompt');
    expect(reason('Got a question you want us to answer? Email desk@harbour.example')).toBe('prompt');
    expect(reason('Get the Harbour Courier app: news and weather wherever you are.')).toBe('prompt');
    expect(reason('You received this email because you subscribed at harbour.example.')).toBe('prompt');
    expect(reason('Reading this on a phone? Open it in your browser: https://harbour.example/p/1')).toBe('prompt');
    expect(reason('The Courier is free. If you value it, consider a subscription.')).toBe('prompt');
    expect(reason('“People write to us every week asking when the ferry returns,” she said.')).toBeNull();
    expect(reason('The council said residents could write to us, meaning the planning office, until May.')).toBeNull();
  });

  it('names memo header fields and wire status lines', () => {
    expect(reason('FROM: Harbour Department of Transport')).toBe('byline');
    expect(reason('Delivered by: Ilse Varga MP')).toBe('byline');
    expect(reason('CONTACT: Press Office, 555-0100')).toBe('byline');
    expect(reason('SLUG: FERRY-STRIKE/HARBOUR')).toBe('byline');
    expect(reason('For immediate release')).toBe('wire');
    expect(reason('EMBARGOED UNTIL 00:01 GMT')).toBe('wire');
    expect(reason('UPDATE 3-Adds union comment in paragraph 4')).toBe('wire');
    expect(reason('From the harbour wall you can see the whole bay.')).toBeNull();
    expect(reason('Update on the ferry: sailings resume on Monday, the operator said.')).toBeNull();
  });

  it('names transcript speaker labels, sound cues and programme cross-references', () => {
    expect(reason('MARA LINDQVIST, HOST:')).toBe('byline');
    expect(reason('(SOUNDBITE OF CROWD CHEERING)')).toBe('cue');
    expect(reason('(APPLAUSE)')).toBe('cue');
    expect(reason('Heard on Morning Harbour')).toBe('related');
    expect(reason('LINDQVIST: The ferry has not run since March.')).toBeNull();
    expect(reason('She said she had heard on the radio that the ferry was cancelled.')).toBeNull();
  });

  it('names podcast player chrome and a credits roll', () => {
    expect(reason('Listen on: Apple Podcasts · Spotify · RSS')).toBe('player');
    expect(reason('Duration: 31:05')).toBe('player');
    expect(reason('Download (52 MB)')).toBe('player');
    expect(reason('▶ Play episode')).toBe('prompt');
    expect(reason('Produced by Ana Ruiz. Sound design by Tom Hale. Theme music: “Tides” by The Gulls.')).toBe('credit');
    expect(reason('Listen: The Harbour Podcast')).toBe('related');
    expect(reason('Produced by the harbour board, the report says sailings fell by a third.')).toBeNull();
  });

  it('names byline strips of names, roles, dates and ages', () => {
    expect(reason('Ana Ruiz · Transport Correspondent · 4 Mar 2025 · 08:15')).toBe('byline');
    expect(reason('Harbour Courier · 3h')).toBe('byline');
    expect(reason('May 2, 2025 · 41 min')).toBe('byline');
    expect(reason('12 Jan 2025 | by The Newsroom')).toBe('byline');
    expect(reason('Harbour · Ferries · Islands')).not.toBe('byline');
    expect(reason('Sailings · 4 a day · from May')).not.toBe('byline');
  });

  it('names glued and strip buttons, taglines, ratings and shop items', () => {
    expect(reason('ShareCopy link')).toBe('prompt');
    expect(reason('Gift this articleShare')).toBe('prompt');
    expect(reason('Skip to content | Español')).toBe('prompt');
    expect(reason('A weekly newsletter from the Harbour Courier')).toBe('masthead');
    expect(reason('The Harbour Courier podcast')).toBe('masthead');
    expect(reason('★★★★☆ 4.2 from 88 votes')).toBe('social');
    expect(reason('SHOP THE STORY')).toBe('ad');
    expect(reason('Linen apron, two pockets, £28 — Buy now')).toBe('ad');
    expect(reason('Verdict: ★★★★☆ A warm, funny debut')).toBeNull();
    expect(reason('The newsletter from the council said bins move to a three-week cycle.')).toBeNull();
  });

  it('names guest-book furniture, comment signatures, post pagers, image files and contributor bios', () => {
    expect(reason('Sign the guest book')).toBe('prompt');
    expect(reason('Expand all')).toBe('prompt');
    expect(reason('Loading more posts…')).toBe('prompt');
    expect(reason('← Older post title here | Newer post title here →')).toBe('nav');
    expect(reason('Filed under: Schools, Harbour')).toBe('related');
    expect(reason('Ana Ruiz at the harbour wall at dawn.jpg')).toBe('image');
    expect(reason('Tom Hale is The Harbour Courier’s transport correspondent.')).toBe('bio');
    expect(reason('The views expressed here are the author’s own.')).toBe('disclaimer');
    expect(reason('Opinions expressed in guest columns are those of the writers.')).toBe('disclaimer');
    expect(reason('This report is based on material supplied by Harbour University.')).toBe('disclaimer');
    expect(reason('Transcripts are produced on a deadline and may not be in their final form.')).toBe('disclaimer');
    expect(reason('Tom Hale is a ferry engineer who has worked the crossing for 30 years.')).toBeNull();
  });

  it('keeps a dateline that runs on into prose, and a byline glued to a dateline', () => {
    expect(reason('PORT ELLIS, May 6, 2025 — The Department of Harbours and Coastal')).toBeNull();
    expect(reason('By Ana RuizPORT ELLIS, March 18, 2025 —')).toBeNull();
    expect(reason('Ana Ruiz | March 18, 2025')).toBe('byline');
  });

  it('reads letter-spaced chrome closed up', () => {
    expect(reason('S h a r e :   F a c e b o o k   |   X   |   E m a i l')).toBe('social');
    expect(lineFeatures('T o m   H a l e   ·   0 7 . 0 3 . 2 0 2 5').text).toBe('Tom Hale · 07.03.2025');
    expect(lineFeatures('I am a b c d test line').text).toBe('I am a b c d test line');
  });

  it('names "Posted on <date> by <name>", a button with its length, file downloads, source notes and post-nominal names', () => {
    expect(reason('Posted on 8 June 2025 by Results Desk')).toBe('byline');
    expect(reason('Listen to this article · 3 min')).toBe('prompt');
    expect(reason('Download the data (CSV)')).toBe('nav');
    expect(reason('Source: Harbour analysis of ferry data; national statistics office')).toBe('credit');
    expect(reason('Ana Ruiz, PhD')).toBe('byline');
    expect(reason('The Courier is funded by readers. Support our work.')).toBe('disclaimer');
    expect(reason('Posted on the harbour wall by a fisherman, the notice was gone by noon.')).toBeNull();
    expect(reason('Sources close to the board said the vote was close.')).toBeNull();
    expect(reason('Download speeds on the island have doubled since the new cable.')).toBeNull();
  });

  it('names "Words and photos by", hosted-trip notes, a three-item menu with separators and "More <section>" headers', () => {
    expect(reason('Words and photos by Ana Ruiz')).toBe('byline');
    expect(reason('The writer travelled as a guest of the island tourism board.')).toBe('disclaimer');
    expect(reason('Home · About · Contact')).toBe('nav');
    expect(reason('More interviews')).toBe('related');
    expect(reason('Home, work and family all changed after the storm.')).toBeNull();
    expect(reason('She travelled as a deckhand on the last ferry of the season.')).toBeNull();
  });

  it('names medical review lines, a medical-advice note and a DOI alone', () => {
    expect(reason('Medically reviewed by Dr Ana Ruiz')).toBe('byline');
    expect(reason('Last reviewed: 2 February 2025')).toBe('timestamp');
    expect(reason('This article is for information only and is not a substitute for professional medical advice.')).toBe('disclaimer');
    expect(reason('DOI: 10.5555/harbour.2025.0143')).toBe('nav');
    expect(reason('The study was reviewed by two independent panels before publication.')).toBeNull();
  });

  it('names press-release end marks, notes to editors and a pinned-post label', () => {
    expect(reason('ENDS')).toBe('wire');
    expect(reason('- ENDS -')).toBe('wire');
    expect(reason('Notes to editors')).toBe('related');
    expect(reason('Pinned post')).toBe('prompt');
    expect(reason('Ends of the harbour wall were repaired first.')).toBeNull();
  });

  it('names a wiki tagline and a wiki references heading', () => {
    expect(reason('From Harbour Local History Wiki')).toBe('masthead');
    expect(reason('References[edit]')).toBe('related');
    expect(reason('From the harbour wall the wiki editors could see the whole bay.')).toBeNull();
  });
});

suite('chromeReason: session-3 families (invented lines)', () => {
  it('names notes that a machine made or changed the page text, and keeps a report about such tools', () => {
    expect(reason('This page has been translated automatically.')).toBe('disclaimer');
    expect(reason('This text was produced by optical character recognition and may contain errors.')).toBe('disclaimer');
    expect(reason('(This story has not been checked by our staff and is auto-generated from a syndicated feed.)')).toBe('disclaimer');
    expect(reason('This article was written with the assistance of automated tools and reviewed by an editor.')).toBe('disclaimer');
    expect(reason('The council said the letters were generated automatically by its billing system.')).toBeNull();
  });

  it('names links to files by their type and size, and arrowed links', () => {
    expect(reason('Annual accounts (PDF, 2.1 MB)')).toBe('nav');
    expect(reason('Download the statement (PDF 640KB)')).toBe('nav');
    expect(reason('Printable version')).toBe('nav');
    expect(reason('Full standings ▸')).toBe('nav');
    expect(reason('Embed this chart ↓')).toBe('nav');
    expect(reason('The report runs to 212 pages (PDF).')).toBeNull();
  });

  it('names print furniture, reuse licences, registration lines, disclosures and press contacts', () => {
    expect(reason('Printed from: https://valleypost.example/news/bridge-reopens')).toBe('nav');
    expect(reason('Printed on: 14/03/2025 09:12')).toBe('nav');
    expect(reason('This story first appeared on The Moor Courier and is republished here under a Creative Commons license.')).not.toBeNull();
    expect(reason('Republish our stories for free, online or in print.')).toBe('copyright');
    expect(reason('Fenmoor Trust is a registered charity in Scotland (SC049911).')).toBe('disclaimer');
    expect(reason('Orrin Analytics Ltd. Company no. 11223344.')).toBe('disclaimer');
    expect(reason('Disclosure: The writer owns no shares in the companies named.')).toBe('disclaimer');
    expect(reason('Press enquiries: media@fenmoor.example | 0131 555 0142')).toBe('related');
    expect(reason('The trust printed on recycled paper and registered the charity in 1998.')).toBeNull();
    expect(reason('Printed on recycled paper, the guide is free from libraries.')).toBeNull();
    expect(reason('The Fenmoor Trust, a registered charity, runs 12 shelters.')).toBeNull();
    expect(reason('Highfold Roofing Ltd., registered in England under number 07654321, admitted the breach.')).toBeNull();
    expect(reason('Highfold Roofing Ltd (company number 07654321) admitted the breach at the Crown Court.')).toBeNull();
    expect(reason('The photos were released under a Creative Commons licence, the museum said.')).toBeNull();
  });

  it('names an editor credit about the article, and keeps a note that an interview was condensed', () => {
    expect(reason('This story was edited by Mara Quist.')).toBe('byline');
    expect(reason('This interview has been edited and condensed.')).toBeNull();
  });

  it('names pasted markup, a call to fix the page, and a story-tip call', () => {
    expect(reason('<p>This <a href="https://moorcourier.example/2025/story/">story</a> first appeared on The Moor Courier.</p>')).toBe('css');
    expect(reason('Spotted a mistake in this scan? Help us fix it.')).toBe('prompt');
    expect(reason('Got a great local story? We want to hear it!')).toBe('prompt');
    expect(reason('Help us, the residents said, before the river rises again.')).toBeNull();
  });

  it('tells a strip of items from a headline with a bar in it', () => {
    expect(isItemStrip(lineFeatures('Item 7 of 40 · Mark as read · Star'))).toBe(true);
    expect(isItemStrip(lineFeatures('March 3, 2025 09:00 ET | Source: Orrin Analytics'))).toBe(true);
    expect(isItemStrip(lineFeatures('Harbour fees to rise by a tenth | The Coastal Ledger'))).toBe(false);
    expect(isItemStrip(lineFeatures('Ferries, buses and trains will run a Sunday timetable on the holiday.'))).toBe(false);
  });

  it('tells a caption carrying its credit from a headline', () => {
    expect(carriesPhotoCredit('Volunteers count seals at low tide on Sunday. (Ana Ruiz / The Ledger)')).toBe(true);
    expect(carriesPhotoCredit('The mayor at the opening on Friday Credit: Jo Park')).toBe(true);
    expect(carriesPhotoCredit('In pictures: the harbour festival returns')).toBe(false);
    expect(carriesPhotoCredit('Volunteers count a record 312 seals on the sands')).toBe(false);
  });
});

suite('chromeReason: session-3 families, second round (invented lines)', () => {
  it('names an offer to read the article aloud in several languages', () => {
    expect(reason('Listen to this article now…')).toBe('player');
    expect(reason('Ascolta questo articolo ora...')).toBe('player');
    expect(reason('Écouter cet article')).toBe('player');
    expect(reason('Ouvir esta notícia')).toBe('player');
    expect(reason('Listen to this: the council wants your views on the new bus routes.')).toBeNull();
  });

  it('names a free-to-read note, an outlet’s staff credit, a citation line and a language switch', () => {
    expect(reason('FREE TO READ: This story is free for everyone as a public service.')).toBe('prompt');
    expect(reason('This article is being provided free to all readers during the storm.')).toBe('prompt');
    expect(reason('Courier staff')).toBe('byline');
    expect(reason('KLTV Desk')).toBe('byline');
    expect(reason('Cite this: Holm, L. (2025). Ferry fares rise. Skarvik Institute.')).toBe('related');
    expect(reason('Also available in: Español | Deutsch')).toBe('nav');
    expect(reason('Also available in: two sizes and three colours')).toBeNull();
    expect(reason('The ground staff')).toBeNull();
    expect(reason('The Rescue Team')).toBeNull();
    expect(reason('Have a look at the story of the old mill.')).toBeNull();
    expect(reason('Entry to the museum is free to readers of the Courier this month.')).toBeNull();
  });
});

suite('chromeReason: session-3 families found by clean-dev6 (invented lines)', () => {
  it('names risk warnings, free offers, recording links, reading times in more languages and a UK registration line', () => {
    expect(reason('Not investment advice. Shares can fall as well as rise.')).toBe('disclaimer');
    expect(reason('Capital at risk.')).toBe('disclaimer');
    expect(reason('Moving house? Get a free quote from our removals partner')).toBe('prompt');
    expect(reason('Watch the council meeting (1:12:40)')).toBe('player');
    expect(reason('Leestijd 4 minuten')).toBe('timestamp');
    expect(reason('Coastal Homes Ltd. Registered in Scotland No. SC123456.')).toBe('disclaimer');
    expect(reason('The firm said investors could lose confidence if the rules changed again.')).toBeNull();
    expect(reason('If the firm collapses, you could lose all of your money, the regulator warned.')).toBeNull();
    expect(reason('Residents can get a free bin from the council until March.')).toBeNull();
    expect(reason('Get a free flu jab at any pharmacy until the end of March.')).toBeNull();
    expect(reason('Book your free consultation today')).toBe('prompt');
  });
});

suite('chromeReason and line shape: abbreviations, quote chips and updates in more languages (invented lines)', () => {
  it('does not read a company or name abbreviation as the end of a sentence', () => {
    expect(lineFeatures('Fjordline Marine, Inc.').endsSentence).toBe(false);
    expect(lineFeatures('Harbour Holdings Ltd.').endsSentence).toBe(false);
    expect(lineFeatures('The ferry sailed at noon.').endsSentence).toBe(true);
  });

  it('reads a ticker chip beside the company name as a strip, and a date with a relative update as a timestamp', () => {
    expect(isItemStrip(lineFeatures('FJRD -3.41%  |  Fjordline Marine, Inc.'))).toBe(true);
    expect(isItemStrip(lineFeatures('Shares fell 3.41% | Fjordline Marine'))).toBe(false);
    expect(reason('12/05/2025 09h30 Atualizado há 3 horas')).toBe('timestamp');
    expect(reason('12/05/2025 09:30 aggiornato 2 ore fa')).toBe('timestamp');
  });
});
