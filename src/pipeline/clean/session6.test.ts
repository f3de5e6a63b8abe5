import { describe as suite, expect, it } from 'vitest';
import { lineFeatures } from './line-features.ts';
import { reasonOf as reason, verdictsOf as verdicts } from './testing.ts';

suite('date lines in more shapes (session 6)', () => {
  it('names a time before its date, a dash after the label, and zones written after "Uhr"', () => {
    expect(reason('7:12 am on 18 September 2025')).toBe('timestamp');
    expect(reason('Updated - April 15, 2025 09:47 pm IST')).toBe('timestamp');
    expect(reason('Stand: 09.07.2025, 06:42 Uhr MESZ')).toBe('timestamp');
    expect(reason('Actualizada 24/10/2025 - 08:10 h')).toBe('timestamp');
    expect(reason('Le 17 juin 2025 à 19h05 - Modifié le 18 juin 2025 à 07h30')).toBe('timestamp');
    expect(reason('31. okt. 2025 kl. 16.40')).toBe('timestamp');
  });

  it('names reading times in Italian and as a range of minutes', () => {
    expect(reason('14 novembre 2025 | 3 minuti di lettura')).toBe('timestamp');
    expect(reason('6–7 minutes')).toBe('timestamp');
  });

  it('leaves sentences that open with the same words alone', () => {
    expect(reason('Le projet a été lancé en 2023 par la mairie.')).toBeNull();
    expect(reason('Am Montag kam die Feuerwehr zum dritten Mal.')).toBeNull();
    expect(reason('It took 6–7 minutes for the first engine to arrive.')).toBeNull();
  });
});

suite('prose in more languages (session 6)', () => {
  it('reads Finnish paragraphs as the body, not as a list of links', () => {
    const v = verdicts([
      'Järvi-Savon Sanomat',
      'Etusivu Uutiset Urheilu Mielipide',
      'Jäähalli suljetaan kuukaudeksi – katosta löytyi halkeamia',
      'Ville Koskimies',
      '21.1.2025 17:20',
      'Jäähallin kattopalkeista löytyi tiistaina halkeamia, ja halli suljetaan vähintään kuukaudeksi.',
      'Rakennuttajapäällikkö kertoo, että halkeamat löytyivät tarkastuksessa kahdesta palkista.',
      '– Välitöntä vaaraa ei ole, mutta emme ota riskiä, hän sanoo.',
      'Lue myös: Kiekko kaatoi sarjakärjen jatkoajalla',
    ]);
    expect(v.get('Jäähallin kattopalkeista löytyi tiistaina halkeamia, ja halli suljetaan vähintään kuukaudeksi.')).toBe('+');
    expect(v.get('– Välitöntä vaaraa ei ole, mutta emme ota riskiä, hän sanoo.')).toBe('+');
    expect(v.get('Jäähalli suljetaan kuukaudeksi – katosta löytyi halkeamia')).toBe('headline');
    expect(v.get('Lue myös: Kiekko kaatoi sarjakärjen jatkoajalla')).toBe('related');
  });
});

suite('chrome lines (session 6)', () => {
  it('names a clip link with its running time, a share box with the link, and a reading-list note', () => {
    expect(reason('Listen to the Morning Report interview with Hemi Whaanga 4:52')).toBe('player');
    expect(reason('Share · Link: https://paper.example/news/2025/03/pool-stays-open/')).toBe('social');
    expect(reason('This article was saved to your reading list. Open in the Kelby Courier app')).toBe('prompt');
    expect(reason('after newsletter promotion')).toBe('prompt');
    expect(reason('Listen to what she said: "We are not moving."')).toBeNull();
  });

  it('names an extractor placeholder for a picture, and credits in German and Spanish', () => {
    expect(reason('[IMG_4471-bindery-press]')).toBe('image');
    expect(reason('Bildrechte: FR24/Lena Hofbauer')).toBe('credit');
    expect(reason('Crédito: Ana Ruiz')).toBe('credit');
    expect(reason('[1] The bindery opened in 1962.')).toBeNull();
  });

  it('names follow prompts and read-more teasers in other languages', () => {
    expect(reason('Síguenos en Google News')).toBe('social');
    expect(reason("Google News'te Takip Et")).toBe('social');
    expect(reason('Mehr zum Thema: Unwetterwarnung: So schützen Sie Ihr Haus')).toBe('related');
    expect(reason('Te puede interesar: Villabruna licita la reforma de la estación')).toBe('related');
  });

  it('names section menus in other languages, with a dash between three sections', () => {
    expect(reason('Home Cronaca Politica Economia Sport Cultura e Spettacoli Valli Necrologie')).toBe('nav');
    expect(reason('Faits divers - Justice')).toBe('nav');
    expect(reason('Startseite Nachrichten Politik Wirtschaft Kultur')).toBe('nav');
    expect(reason('Politik - Wirtschaft streiten über den Haushalt')).toBeNull();
  });
});

suite('a headline written as Title Case sentences (session 6)', () => {
  it('is the headline, under a masthead and section label, over its standfirst', () => {
    const v = verdicts([
      'THE LANTERN WEEKLY',
      'Subscribe · Give a gift · Sign in',
      'Politics  Ideas  Science  Health  Culture  Books  Podcasts',
      'HEALTH',
      'The Night Shift Is Making Nurses Sick. Hospitals Are Starting to Notice.',
      'A decade of research links overnight work to diabetes and heart disease, and a few hospitals are redesigning the rota.',
      'By Corinne Vasquez-Hale',
      'September 9, 2025',
      'At 3:40 a.m. on a Tuesday in March, Janelle Ocampo was standing at a medication cart on the fourth floor when she realised she could not remember the dose.',
      'She had worked nights for eleven years, and her doctor had just told her that her blood sugar was in the range that leads to diabetes.',
      'Researchers have spent a decade linking overnight work to disease, and hospitals are now starting to listen.',
    ]);
    expect(v.get('The Night Shift Is Making Nurses Sick. Hospitals Are Starting to Notice.')).toBe('headline');
    expect(v.get('THE LANTERN WEEKLY')).not.toBe('headline');
    expect(v.get('HEALTH')).not.toBe('+');
  });
});

suite('bylines, credits and match facts (session 6)', () => {
  it('names a newsroom role alone as part of the byline, not a heading that mentions one', () => {
    expect(reason('Rugby league reporter')).toBe('byline');
    expect(reason('Political correspondent')).toBe('byline');
    expect(reason('Meet the reporter')).toBeNull();
  });

  it('reads "X covers …" as a bio only after a full name', () => {
    expect(reason('Jane Doe covers courts and crime for the Herald.')).toBe('bio');
    expect(reason('Floodwater covers farmland near Te Aroha Road on Thursday morning.')).toBeNull();
  });

  it('keeps a match report’s scorers, which look like a roll of credits but carry numbers', () => {
    expect(reason('Produced by Jane Doe. Edited by John Roe.')).toBe('credit');
    expect(reason('Halden: Tries: Mellor, Okafor 2, Hirst. Goals: Mellor 4.')).toBeNull();
  });

  it('names a Czech date with spaces after its dots', () => {
    expect(reason('4. 2. 2025 14:35')).toBe('timestamp');
  });
});

suite('the standfirst over the lead picture (session 6)', () => {
  const BODY = [
    'A state of emergency has been declared across the district after two rivers burst their banks before dawn on Thursday, flooding farmland and roads.',
    'Civil defence said evacuation centres had opened in three towns and that more rain was expected through the afternoon and evening.',
    'The mayor said the damage would run into millions and that the council would ask the government for help with the clean-up.',
  ];

  it('is the paragraph under the byline when the caption and its credit come next', () => {
    const v = verdicts([
      'State of emergency declared as Plains rivers burst banks',
      '',
      'Kiri Hamerton, Reporter',
      '',
      'More than 1,200 people have left their homes overnight and three schools will stay closed on Friday.',
      '',
      'Floodwater covers farmland near Te Aroha Road, north of Waimarie, on Thursday morning.',
      'Photo: Aotea Broadcasting / Jonah Ruatapu',
      '',
      ...BODY,
    ]);
    expect(v.get('More than 1,200 people have left their homes overnight and three schools will stay closed on Friday.')).toBe('dek');
    expect(v.get('Floodwater covers farmland near Te Aroha Road, north of Waimarie, on Thursday morning.')).toBe('+');
  });

  it('is the line directly under the headline when a caption over the byline follows it', () => {
    const v = verdicts([
      'Councils given powers to seize empty homes after six months under housing bill',
      'Ministers say the measure could bring 40,000 properties back into use, but landlords warn of legal challenges',
      'The housing minister on a visit to a vacant terrace in Ashcombe last month.',
      'By Harriet Okwuosa',
      'Tue 14 Oct 2025 18.02 BST',
      ...BODY,
    ]);
    expect(v.get('Ministers say the measure could bring 40,000 properties back into use, but landlords warn of legal challenges')).toBe('dek');
  });

  it('is not the first paragraph when the body runs on under it', () => {
    const v = verdicts(['Plains rivers burst banks', '', 'By Kiri Hamerton', '', ...BODY]);
    expect(v.get(BODY[0]!)).toBe('+');
  });
});

suite('a forwarded e-mail (session 6)', () => {
  const ARTICLE = [
    'Brook Lane to close for three months for sewer works',
    'Brook Lane in Thornbury will be closed to through traffic from 17 March for about three months while the water company replaces a collapsed sewer.',
    'Residents will keep access to their homes, but the lane will be shut between the school and the railway bridge for the whole period.',
    'Councillor Amir Haddad said he had asked for the work to be done in the school holidays, but the company said it could not wait.',
  ];

  it("removes the envelope and the sender's note, and takes the article's headline", () => {
    const v = verdicts([
      '---------- Forwarded message ---------',
      'From: Helen Marsh <helen.marsh@mailbox.example>',
      'Date: Fri, 7 Mar 2025 at 08:12',
      'Subject: Fwd: look at this - our road!!',
      'To: Brook Lane Residents <brooklane@groups.example>',
      '',
      "Thought you'd all want to see this. Meeting on Thursday?",
      'H x',
      'From the Thornbury Advertiser:',
      ...ARTICLE,
      'Sent from my iPhone',
    ]);
    expect(v.get('Date: Fri, 7 Mar 2025 at 08:12')).toBe('email');
    expect(v.get("Thought you'd all want to see this. Meeting on Thursday?")).toBe('email');
    expect(v.get('From the Thornbury Advertiser:')).toBe('email');
    expect(v.get(ARTICLE[0]!)).toBe('headline');
    expect(v.get('Sent from my iPhone')).toBe('prompt');
  });

  it('removes the note between two forwards', () => {
    const v = verdicts([
      'From: Gail Sorensen <gail@mailbox.example>',
      'Sent: Thursday, December 11, 2025 9:52 PM',
      'Subject: Fw: board vote - article',
      '',
      'Hi all, here is the article from tonight. Meeting Monday at 7 at my house.',
      'Gail',
      '',
      '---------- Forwarded message ---------',
      'From: Harwick Valley Press <alerts@harwickvalleypress.example>',
      'Subject: BREAKING: Harwick board votes to close Lindell Elementary',
      '',
      ...ARTICLE,
    ]);
    expect(v.get('Hi all, here is the article from tonight. Meeting Monday at 7 at my house.')).toBe('email');
    expect(v.get('Gail')).toBe('email');
    expect(v.get(ARTICLE[1]!)).toBe('+');
  });

  it("leaves a press release's DATE / FROM block to the other rules", () => {
    const v = verdicts(['FOR IMMEDIATE RELEASE', 'DATE: January 23, 2025', 'FROM: Kessel State Department of Health', ...ARTICLE]);
    expect(v.get('DATE: January 23, 2025')).not.toBe('email');
  });
});

suite('more chrome in other languages, and what is not chrome (session 6)', () => {
  it('names bylines, date labels and relative times in Czech, Finnish and Turkish', () => {
    expect(reason('Autor: Tomáš Hrubý')).toBe('byline');
    expect(reason('Aktualizováno:')).toBe('timestamp');
    expect(reason('Päivitetty 2 tuntia sitten')).toBe('timestamp');
    expect(reason('Güncelleme: 15.01.2025 11:12')).toBe('timestamp');
    expect(reason('Aktualizováno bylo všechno, co šlo.')).toBeNull();
  });

  it('names listen buttons, glued share buttons, issue lines, comment links, related headers and rights notices', () => {
    expect(reason('Lyt til artiklen')).toBe('player');
    expect(reason('Listen (2 min)')).toBe('player');
    expect(reason('Compartir en WhatsAppCompartir en FacebookCompartir en X')).toBe('social');
    expect(reason('Issue 84 · Autumn 2025')).toBe('timestamp');
    expect(reason('Yorum yap (3)')).toBe('nav');
    expect(reason('İlgili Haberler')).toBe('related');
    expect(reason('Ege Ekonomi Gazetesi © Tüm hakları saklıdır.')).toBe('copyright');
    expect(reason('NEWS IN BRIEF')).toBe('nav');
    expect(reason('Wensby Valley News relies on readers like you. Support local journalism from £3 a month.')).toBe('prompt');
  });

  it("keeps a critic's star rating under the headline", () => {
    expect(reason('★★★★☆')).toBeNull();
    const v = verdicts([
      'The Salt House, Lyceum Studio — a quiet play about a loud family',
      '★★★★☆',
      'Review by Oriel Swann',
      'March 14, 2025',
      'There is a moment near the end of The Salt House when the eldest daughter, who has said almost nothing all evening, starts to laugh.',
      'Writer Bethan Carrow, whose first play this is, has a gift for people who talk past each other at the kitchen table.',
      'The cast of five never lets the noise become a performance, and the last ten minutes are as good as anything on a stage this year.',
    ]);
    expect(v.get('★★★★☆')).toBe('+');
    expect(reason('•••')).toBe('fragment');
  });
});

suite('a blog under its tagline (session 6)', () => {
  it("takes the post's title, not the blog's name and tagline, as the headline", () => {
    const v = verdicts([
      "Inside the Newsroom — the Meridian Post editors' blog",
      'Why we are changing how we report suicide',
      'Posted by Adaeze Okoli, Standards Editor · 14 February 2025 · 7 comments',
      'From next month, the Meridian Post will follow new guidelines when we report on deaths by suicide, and this post explains why.',
      'We will no longer describe the method in any detail, in headlines or in the body of a story, and we will not use the word committed.',
      'We will include a line with support information at the end of every story that touches on suicide, with the numbers of two helplines.',
    ]);
    expect(v.get('Why we are changing how we report suicide')).toBe('headline');
    expect(v.get("Inside the Newsroom — the Meridian Post editors' blog")).not.toBe('+');
  });
});

suite('notes at the foot of a page (session 6)', () => {
  it('names MediaWiki skip links, a shared reporting scheme, a registration and submit prompts', () => {
    expect(reason('Jump to navigation Jump to search')).toBe('nav');
    expect(reason('The Local Democracy Reporting Service is a public service partnership that funds reporters.')).toBe('disclaimer');
    expect(reason('The museum is run by Harrowgate Museums Trust, registered charity no. 1102345.')).toBe('copyright');
    expect(reason('Want your event here? Submit it to our free calendar.')).toBe('prompt');
    expect(reason('Stay in touch and get notified when new posts are available from this author!')).toBe('prompt');
    expect(reason('The trust said it had registered 1,200 new members this year.')).toBeNull();
  });
});

suite('a byline naming the outlet (session 6)', () => {
  it('names a person with their outlet, set apart by a dot or bar, as the byline', () => {
    expect(reason('Kiri Hamerton · CBN News ·')).toBe('byline');
    expect(reason('Jo Roe | The Kelby Herald')).toBe('byline');
    expect(reason('Floods | Weather News')).toBeNull();
  });
});

suite('a newsletter box in other languages (session 6)', () => {
  it("names its title and its pitch, not a sentence about a newsletter or a daily routine", () => {
    expect(reason('Newsletter Faits divers')).toBe('prompt');
    expect(reason('Recevez chaque soir l’essentiel de l’actualité judiciaire de votre département.')).toBe('prompt');
    expect(reason('Get our best stories every morning in your inbox.')).toBe('prompt');
    expect(reason('Patients receive treatment every day at the clinic.')).toBeNull();
    expect(reason('Newsletter editors said the change was overdue.')).toBeNull();
  });
});

suite('a standfirst wrapped over two lines (session 6)', () => {
  const BODY = [
    'Shark nets will be removed from five beaches this summer and replaced with drone patrols and listening stations, in a two-year trial.',
    'The state government says the trial will protect swimmers without killing dolphins, turtles and rays caught in the nets each year.',
    'Lifesaving clubs said they had asked for drones for years, and that the patrols would start on the first weekend of December.',
  ];

  it('keeps both lines as the dek, even a short second line', () => {
    const v = verdicts(['Drones to replace shark nets at five beaches in two-year trial', '', '   Lifesavers welcome the move, but some swimmers say they feel safer with', '   the nets', '', '   By Bianca Tregenza', '   August 20 2025 - 5:30am', '', ...BODY]);
    expect(v.get('   Lifesavers welcome the move, but some swimmers say they feel safer with')).toBe('dek');
    expect(v.get('   the nets')).toBe('dek');
  });

  it('takes a first paragraph wrapped over two lines as the dek when the byline follows it', () => {
    const v = verdicts(['The Last Bookbinders of the Old Quarter', '', 'In a street that once held forty workshops, two remain. Their owners are in', 'their seventies, and nobody has yet come to learn the trade.', '', 'Words by Giulia Ford · 2 October 2025', '', ...BODY]);
    expect(v.get('their seventies, and nobody has yet come to learn the trade.')).toBe('dek');
  });

  it('does not carry the dek on into a byline in lower case', () => {
    const v = verdicts(['Health workers improvise when the power fails', 'Across the rural district, clinics work by torchlight when the grid goes down', 'by Chikondi Banda', ...BODY]);
    expect(v.get('by Chikondi Banda')).toBe('byline');
  });
});

suite('a chat message pasted around an article (session 6)', () => {
  it("names the poster's name and time as a byline, not a fixture's kick-off time", () => {
    expect(reason('Priya Raman  10:42')).toBe('byline');
    expect(reason('Owen Hartley · 10:44 AM')).toBe('byline');
    expect(reason('Kick-off  19:45')).toBeNull();
  });
});

suite('credits to a desk or to other reporting (session 6)', () => {
  it('names news desks in other languages, a staff credit after a dash and "With files from" as bylines', () => {
    expect(reason('Haber Merkezi')).toBe('byline');
    expect(reason('Redacción')).toBe('byline');
    expect(reason('— Brackwell Gazette staff')).toBe('byline');
    expect(reason('With files from Finlay Orr')).toBe('byline');
    expect(reason('with files from the archive, she said.')).toBeNull();
  });
});

suite('a headline written as sentences over the byline (session 6)', () => {
  const BODY = [
    "When the city's parking app stopped working on the morning of May 2, staff assumed it was a routine outage and said so on social media.",
    "It was not. By lunchtime, the city's IT department had found a ransom note on a server that held the app's payment records and trip logs.",
    'Nine days later the app is back, but officials say they still cannot tell drivers whether their card details were copied.',
  ];

  it('is the headline when the byline and date sit directly under it', () => {
    const v = verdicts(['tribune.example', "A ransomware attack shut the city's parking app for nine days. The city still doesn't know what was taken.", 'Devin Ross', 'May 19, 2025', '', ...BODY]);
    expect(v.get("A ransomware attack shut the city's parking app for nine days. The city still doesn't know what was taken.")).toBe('headline');
  });

  it('is not a word alone over the byline, nor the first paragraph of a body', () => {
    const menu = verdicts(['Terra Nova Review', 'Archaeology  History  Expeditions  Magazine  Shop', 'Donate', 'Ilse Marchetti', 'May 2, 2025', ...BODY]);
    expect(menu.get('Donate')).not.toBe('headline');
    const plain = verdicts(['Parking app back after ransomware attack', 'By Devin Ross', 'May 19, 2025', ...BODY]);
    expect(plain.get(BODY[0]!)).toBe('+');
  });
});

suite('standing notes and tools (session 6)', () => {
  it('names court-report notes, timed update notes, subscriber prompts, toggles, search tools, bios and method headings', () => {
    expect(reason('Court reports are published in accordance with the principles of open justice.')).toBe('disclaimer');
    expect(reason('Update June 4th, 1:30PM ET: Added pricing for the stylus.')).toBe('timestamp');
    expect(reason('Subscribers can download the full judgment from the Reporter archive.')).toBe('prompt');
    expect(reason('Auto-update: ON')).toBe('nav');
    expect(reason('Search for your precinct')).toBe('prompt');
    expect(reason('Hydrologist. Posts are my own.')).toBe('bio');
    expect(reason('How we test')).toBe('disclaimer');
  });

  it('leaves the sentences that share their words alone', () => {
    expect(reason('Update: the council has since agreed to the plan.')).toBeNull();
    expect(reason('She said the views are her own.')).toBeNull();
    expect(reason('Members can vote at the meeting on Thursday, the club said.')).toBeNull();
  });
});

suite('more page furniture (session 6, from blind-corpus-6 once it became a dev set)', () => {
  it('names a bare domain, a blog line, a picture label, relative days with a time and comment counts', () => {
    expect(reason('kelbycourier.example')).toBe('nav');
    expect(reason('Node.js')).toBeNull();
    expect(reason('A blog from the editors of the Kelby Courier')).toBe('masthead');
    expect(reason('Image | Storm damage on the coast road')).toBe('image');
    expect(reason('I går kl. 16:20')).toBe('timestamp');
    expect(reason('Gestern, 18:40')).toBe('timestamp');
    expect(reason('16 comentarios')).toBe('nav');
    expect(reason('8 Comments / 8 New')).toBe('nav');
  });

  it('names gallery breaks, comment buttons, app prompts, sponsored pitches, spaced-slash breadcrumbs and plural roles', () => {
    expect(reason('Story continues below gallery')).toBe('ad');
    expect(reason('Commenta')).toBe('social');
    expect(reason('Watch highlights of every game this weekend on the Kelby Sport app')).toBe('prompt');
    expect(reason('Sponsored · Book your island break with Westwind Holidays')).toBe('ad');
    expect(reason('Sponsored by the council, the fair ran for three days.')).toBeNull();
    expect(reason('Companies / Mining')).toBe('nav');
    expect(reason('Jane Doe / The Herald')).toBe('credit');
    expect(reason('Mining reporters')).toBe('byline');
    expect(reason('Compartir en FacebookCompartir en XEnviar por correo')).toBe('social');
    expect(reason('Noor Ibe leads the Courier’s data team. She joined the paper in 2021.')).toBe('bio');
  });
});

suite('chrome words in eight more languages (session 6)', () => {
  it('names read-also teasers, ad markers, rights notices, reading times, comment counts and share labels', () => {
    expect(reason('Llegeix també: El Consell aprova el pressupost')).toBe('related');
    expect(reason('Citește și: Primăria a anunțat lucrări noi')).toBe('related');
    expect(reason('Διαβάστε επίσης: Νέα μέτρα για τη στέγαση')).toBe('related');
    expect(reason('Advertentie')).toBe('ad');
    expect(reason('Publicitate')).toBe('ad');
    expect(reason('Toate drepturile rezervate')).toBe('copyright');
    expect(reason('5 min leestijd')).toBe('timestamp');
    expect(reason('4 perc olvasás')).toBe('timestamp');
    expect(reason('12 comentaris')).toBe('nav');
    expect(reason('Comparteix')).toBe('social');
    expect(reason('Han fått med enerett til å selge billettene.')).toBeNull();
  });

  it('reads Catalan prose as prose', () => {
    const f = lineFeatures('El Consell ha aprovat els pressupostos amb els vots del govern i una abstenció, però la oposició ha votat en contra.');
    expect(f.stopRatio).toBeGreaterThan(0.2);
  });
});

suite('consent banners, tags, dates and bylines in more languages (session 6, from blind-corpus-7 as a dev set)', () => {
  it('names consent banners ending in their buttons, in words other than "cookies"', () => {
    expect(reason('Utilitzem galetes pròpies i de tercers. Acceptar | Configurar')).toBe('prompt');
    expect(reason('Deze website maakt gebruik van cookies. Akkoord | Instellingen')).toBe('prompt');
    expect(reason('Vi bruker informasjonskapsler. Godta alle | Tilpass')).toBe('prompt');
  });

  it('names tags, read-also headers, date labels and author labels', () => {
    expect(reason('Etiquetes: Sequera · Alt Empordà · Agricultura')).toBe('related');
    expect(reason('Ετικέτες: Νάξος, λειψυδρία')).toBe('related');
    expect(reason('Llegiu també')).toBe('related');
    expect(reason('Dijous, 22 de maig de 2025, 10:45')).toBe('timestamp');
    expect(reason('Actualitzat: 22/05/2025 18:02')).toBe('timestamp');
    expect(reason('Sist oppdatert: 07.10.2025 08:30')).toBe('timestamp');
    expect(reason('Aktualizacja: 12 marca 2025, 13:20')).toBe('timestamp');
    expect(reason('Atualizado a 4 de junho de 2025, 11:48')).toBe('timestamp');
    expect(reason('On Aug 28, 2025 7:12 am')).toBe('timestamp');
    expect(reason('Printed: 4 Mar 2025, 3:18pm')).toBe('timestamp');
    expect(reason('Published 6:02 a.m. MT April 15, 2025')).toBe('timestamp');
    expect(reason('Szerző: Kovács-Bíró Eszter')).toBe('byline');
    expect(reason('On Monday the council voted.')).toBeNull();
  });

  it('names text-size controls and a privacy note', () => {
    expect(reason('Larger text size')).toBe('nav');
    expect(reason('Your information is being handled in accordance with the Privacy Statement.')).toBe('prompt');
  });

  it('reads a sentence glued to the chrome after it as a sentence', () => {
    expect(lineFeatures('She said the access roads would be cleared from next week.Advertisement').sentenceEnds).toBe(1);
  });

  it('keeps the body that resumes after a read-also box with one link', () => {
    const v = verdicts([
      'Ferry to run every quarter hour in summer',
      'The ferry between the two villages will run every fifteen minutes from June, the province said on Tuesday after a trial last year.',
      'Commuters who cycle to work across the river had asked for more crossings in the morning and the evening for years.',
      'Lees ook',
      'Bridge near the lock closed for weeks of maintenance',
      'A single crossing stays at 1.50 euros for cyclists. Those who go more often can buy a year card for 90 euros.',
      'The old ferry',
      'The old boat will be kept as a reserve and used on busy days in August, when tourists fill the riverside campsites.',
      'The council promises a traffic count in September, and will look at parking on the dyke road if it is needed.',
    ]);
    expect(v.get('A single crossing stays at 1.50 euros for cyclists. Those who go more often can buy a year card for 90 euros.')).toBe('+');
    expect(v.get('Bridge near the lock closed for weeks of maintenance')).toBe('related');
  });
});

suite('Hungarian dates (session 6)', () => {
  it('names a year-first date with its weekday and time as a timestamp', () => {
    expect(reason('2025. június 7., szombat 09:30')).toBe('timestamp');
    expect(reason('Kedd a tanács ülésezett.')).toBeNull();
  });
});
