import { describe as suite, expect, it } from 'vitest';
import { chromeReason, isSectionMenu } from './chrome-reason.ts';
import { lineFeatures } from './line-features.ts';

/** The chrome reason of one line on its own. */
const reason = (line: string): string | null => chromeReason(lineFeatures(line));

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
