import type { LineVerdict } from '../types.ts';
import type { Found } from './field.ts';
import { tidy } from './field.ts';
import { dateLine, menuLine, readingTimeLine } from './header.ts';

/** How far into a line publisher evidence is looked for. */
const MAX_CHARS = 600;

/**
 * A newspaper's noun written in lower case after the name's capitalised words, as Slavic, Baltic and other
 * languages write titles ("Gorenjski vestnik", "Pohronský denník", "Kauno žinios").
 */
const NEWSPAPER_NOUN = '(?:vestnik|naujienos|novosti|novinky|správy|zprávy|hírek|wiadomości|aktualności|kronika|vjesnik|věstník|denník|deník|dnevnik|glasnik|list|listy|novine|noviny|novice|vijesti|vesti|žinios|ziņas|avīze|uudised|leht|sõnumid|blaðið|tíðindi|gazeta|gazete|ziarul|jurnal|kurier|kurýr|hlas|glas|týdeník|tednik|tjednik|večernik|sanomat|lehti|hírlap|napló|újság)';

/** Capitalised words before an outlet's noun, for rules that name the outlet by its noun ("Portal Cerrado Notícias"). */
const NAME_BODY = "\\p{Lu}[\\p{L}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,3}";
const OUTLET_END = 'News|Notícias|Noticias|Nachrichten|Notizie|Nyheter|Nyheder|Uutiset|Zprávy|Herald|Times|Post|Gazette|Chronicle|Journal|Tribune|Courier|Ledger|Observer|Standard|Sentinel|Monitor|Daily|Weekly|Press|Wire|Jornal|Zeitung|Gazzetta|Sanomat|Tidende';
const NAME = "([\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’!-]*(?:\\s+(?:of|the|on|&|and|de|du|la|el|del|des|di|da|do|dos|das|der|van|von|le|les|los|las|della|delle|dei|z|ze|og|och|en|am|im|i|y|e)?\\s*(?:(?:d|l|dell|dall|nell)['’]|(?:ta[lstdrnxżċ]|il|għall?)-)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’!-]*){0,4}(?:\\s+" + NEWSPAPER_NOUN + ")?)";

/** A case-insensitive spelling of ASCII keywords, for regexes that must stay case-sensitive on names. */
function anyCase(pattern: string): string {
  return pattern.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/** Patterns that name the publisher, with a weight for how strongly. */
const RULES: ReadonlyArray<{ re: RegExp; weight: number; personRisk?: boolean; creditOnly?: boolean; bioOnly?: boolean; corroborates?: boolean; notInBody?: boolean }> = [
  { re: new RegExp(`\\bwant ${NAME} to notify you`, 'u'), weight: 3 },
  { re: new RegExp(`^${anyCase('(?:popular|trending|latest|most read|most popular|most viewed|most shared|best|top stories|recommended) (?:on|from|at)')} ${NAME}\\s*:?$`, 'u'), weight: 3 },
  // "More from X" names the outlet as often as a section ("More from Archaeology"): weak evidence.
  { re: new RegExp(`^${anyCase('(?:read )?more (?:on|from|at)')} ${NAME}\\s*:?$`, 'u'), weight: 1 },
  { re: new RegExp(`\\b${anyCase('the post')} .{1,300}? ${anyCase('appeared first on')} ${NAME}\\.?$`, 'u'), weight: 3 },
  { re: new RegExp(`\\b(?:alerts|updates|notifications|emails|newsletters?|stories) from ${NAME}(?:[.!?,]|$| on | and )`, 'u'), weight: 2 },
  { re: new RegExp(`\\b(?:recommended|reviewed|tested) by ${NAME} (?:are|is|were)\\b`, 'u'), weight: 2 },
  // A newsletter is often named apart from its outlet ("The Ledger Daily"): weak evidence.
  { re: new RegExp(`^${anyCase('(?:sign up for|subscribe to|get) (?:the |our )?')}${NAME}(?:'s|’s)? ${anyCase('(?:newsletter|daily|weekly|app)')}`, 'u'), weight: 1 },
  { re: new RegExp(`^${anyCase('(?:follow|like)')} ${NAME} ${anyCase('on (?:twitter|facebook|instagram|linkedin|x|threads|bluesky|youtube|tiktok|whatsapp|telegram|google news)')}\\b`, 'u'), weight: 2, personRisk: true },
  // A newsletter thanks its readers by its name ("Thanks for reading The Ledger! Subscribe for free …").
  { re: new RegExp(`^${anyCase('thanks? (?:you )?for reading')} ${NAME}\\s*[!.]`, 'u'), weight: 2 },
  // "Riverbend Sentinel © 2025 | Privacy": the name before the copyright sign.
  { re: new RegExp(`^${NAME}\\s*(?:©|\\([cC]\\))\\s*\\d{4}\\b`, 'u'), weight: 2 },
  // A photo credit "Jane Doe for The Ledger" names the outlet that commissioned it.
  { re: new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3} for ${NAME}$`, 'u'), weight: 1, creditOnly: true },
  // A copyright line between two paragraphs credits a picture ("© Ruud Bakhuizen" under a caption), not the outlet.
  { re: new RegExp(`^(?:©|\\([cC]\\)|${anyCase('copyright')})\\s*(?:(?:©|${anyCase('copyright')})\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s+)?${NAME}`, 'u'), weight: 2, notInBody: true },
  { re: new RegExp(`^[Hh]ome\\s*(?:[›»>|/]\\s*)?${NAME} News(?=\\p{Lu}|\\s*[›»>|/])`, 'u'), weight: 2 },
  // "Angela Lang/CNET": only on a photo credit ("Football / Transfers" is a breadcrumb).
  { re: new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}\\s?/\\s?${NAME}$`, 'u'), weight: 2, creditOnly: true },
  { re: new RegExp(`^${NAME} ${anyCase('is (?:published|owned|operated|produced) by')}\\b`, 'u'), weight: 3 },
  // An author bio names the outlet the author writes for ("… is a business reporter for the East Africa Ledger"): weak evidence.
  { re: new RegExp(`\\b${anyCase('is (?:a|an|the)')}(?: [\\p{Ll}-]+){0,2} ${anyCase('(?:writer|reporter|editor|correspondent|columnist|critic|contributor)')} ${anyCase('(?:at|for|with)')} (?:the )?${NAME}`, 'u'), weight: 1, bioOnly: true },
  // A newsroom describing itself at the foot of a story ("Bright Ledger is an independent, nonprofit newsroom").
  { re: new RegExp(`^${NAME} ${anyCase('is an? (?:editorially )?(?:independent|non-?profit|nonpartisan)(?:,? (?:independent|non-?profit|nonpartisan))* (?:publication|newsroom|news organi(?:s|z)ation|news site)')}\\b`, 'u'), weight: 2 },
  { re: new RegExp(`^${anyCase('(?:this (?:article|story) (?:was )?(?:produced|published|written) by|a service of)')} ${NAME}`, 'u'), weight: 2 },
  // The outlet's own app: "Shared from the Ledger app", "Get the Ledger app", "Download Ledger on the App Store".
  { re: new RegExp(`\\b${anyCase('(?:from|get|download|install)')} (?:${anyCase('the')} )?${NAME} (?:${anyCase('app')}\\b|${anyCase('on (?:the app store|google play)')})`, 'u'), weight: 2 },
  // A newsletter or a podcast says whose it is ("A weekly newsletter from the Port Ledger").
  { re: new RegExp(`\\b${anyCase('(?:newsletter|podcast|bulletin|briefing) (?:from|by)')} (?:${anyCase('the')} )?${NAME}(?:[.!,]|$)`, 'u'), weight: 2 },
  // A footer strip ending in the copyright ("Terms  Privacy  © 2025 Southern Ledger").
  { re: new RegExp(`(?:©|\\([cC]\\)|${anyCase('copyright')})\\s*\\d{4}\\s+${NAME}\\.?$`, 'u'), weight: 2 },
  // A site naming its trademark ("Nourish & Thrive is a registered trademark").
  { re: new RegExp(`^${NAME} ${anyCase('is a (?:registered )?trade ?mark')}\\b`, 'u'), weight: 2 },
  // The copyright sign before the name, without a year ("All content © The Dunmore Herald").
  { re: new RegExp(`(?:©|\\([cC]\\))\\s*(?:${anyCase('the')} )?${NAME}\\.?$`, 'u'), weight: 1, notInBody: true },
  // Calls to support or subscribe to the outlet ("Support The Dunmore Herald's journalism", "Subscribe to The Herald from £1").
  { re: new RegExp(`^${anyCase('(?:support|subscribe to|join)')} (?:${anyCase('the')} )?${NAME}(?:'s|’s)?(?: ${anyCase('(?:journalism|reporting|from|for|today|now)')}\\b|[.!]?$)`, 'u'), weight: 1 },
  // The outlet within its group ("Dunmore Herald is part of Westshire Media Group").
  { re: new RegExp(`^${NAME} ${anyCase('is (?:part of|a member of|a (?:title|brand|publication) of)')}\\b`, 'u'), weight: 2 },
  // Its own pages on social networks, its home page, its logo ("The Dunmore Herald on Facebook", "Back to The Dunmore Herald homepage").
  { re: new RegExp(`^${NAME} ${anyCase('on (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky)')}$`, 'u'), weight: 1 },
  { re: new RegExp(`^${anyCase('back to')} (?:${anyCase('the')} )?${NAME} ${anyCase('(?:home ?page|home|front page)')}$`, 'u'), weight: 2 },
  { re: new RegExp(`^(?:${anyCase('the')} )?${NAME} ${anyCase('logo')}$|^${anyCase('logo(?: of| for)?')} (?:${anyCase('the')} )?${NAME}$`, 'u'), weight: 2 },
  // The outlet's own pages at the foot ("Contact The Dunmore Herald", "Advertise with the Herald"); "About X" heads a company's boilerplate too.
  { re: new RegExp(`^${anyCase('(?:contact|advertise (?:with|in)|work (?:for|at)|careers at|jobs at)')} (?:${anyCase('the')} )?${NAME}$`, 'u'), weight: 1 },
  // Press regulation ("The Dunmore Herald is a member of IPSO", "… is regulated by …").
  { re: new RegExp(`^${NAME} ${anyCase('is (?:a member of|regulated by|signed up to)')}\\b`, 'u'), weight: 2 },
  // Footer lines led by the outlet's name ("Kelby Observer. All rights reserved.", "Kelby Observer is a trading name of …").
  { re: new RegExp(`^${NAME}\\.?\\s*(?:[—–|-]\\s*)?${anyCase('(?:all rights reserved|is a trading name of)')}\\b`, 'u'), weight: 2 },
  // A MediaWiki site's tagline ("From Kelbywiki, the free news source you can write!").
  { re: new RegExp(`^${anyCase('from')} ${NAME}, ${anyCase('the (?:free|open|online|collaborative)')} (?:[\\p{L}-]+ ){0,2}${anyCase('(?:encyclop(?:a)?edia|news(?: source| site| service| wire)?|dictionary|wiki|library|guide|reference)')}\\b`, 'u'), weight: 3 },
  // A magazine's print note ("This article appears in the September 15, 2025 issue of The Lantern Weekly").
  { re: new RegExp(`\\b${anyCase('(?:appears|appeared|was published|ran) in (?:the|our)')} [^.]{0,40}?${anyCase('(?:issue|edition) of')} ${NAME}`, 'u'), weight: 3 },
  // A reader view's or reading list's link back ("Open in the Kelby Courier app", "View the original on Kelby Courier").
  { re: new RegExp(`\\b${anyCase('open (?:it |this (?:article|story) )?in')} (?:${anyCase('the')} )?${NAME} ${anyCase('app')}\\b`, 'u'), weight: 2 },
  { re: new RegExp(`\\b${anyCase('(?:open|view) (?:the )?original (?:page |article |story )?(?:on|at)')} ${NAME}$`, 'u'), weight: 2 },
  { re: new RegExp(`\\b${anyCase('otevřít původní stránku na')} ${NAME}$`, 'u'), weight: 2 },
  // A byline naming the outlet after the person ("Por Rafael Quintanilha, Portal Cerrado Notícias — Brasília").
  { re: new RegExp(`^${anyCase('(?:by|por|par|von|di|af|av)')}\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3},\\s+(${NAME_BODY}\\s(?:${OUTLET_END}))(?:\\s+[—–|-]\\s+.{1,40})?$`, 'u'), weight: 2 },
  // An author bio saying whom the author writes for ("Tessa Ruhl covers courts and public safety for the Granby Sentinel").
  { re: new RegExp(`^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3} ${anyCase('(?:covers|reports on|writes about)')} [^.]{1,80}? ${anyCase('for')} (?:${anyCase('the')} )?${NAME}[.,]`, 'u'), weight: 1, bioOnly: true },
  // A name and the copyright sign, in any case ("Moravský deník Dnes © 2025", "Daily Southland Herald ©").
  { re: new RegExp(`^(\\p{Lu}[\\p{L}'’&.-]*(?:\\s+[\\p{L}'’&.-]+){0,4})\\s*(?:©|\\([cC]\\))\\s*(?:\\d{4})?\\.?(?:\\s+${anyCase('(?:all rights reserved|tüm hakları saklıdır|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados|všechna práva vyhrazena|wszelkie prawa zastrzeżone|toate drepturile rezervate)')}\\.?)?$`, 'u'), weight: 2 },
  // Rights reserved in other languages ("Le Courrier du Causse – Tous droits réservés").
  { re: new RegExp(`^${NAME}\\.?\\s*(?:[—–|-]\\s*)?(?:[Tt]ous droits réservés|[Tt]odos los derechos reservados|[Aa]lle [Rr]echte vorbehalten|[Tt]utti i diritti riservati|[Tt]odos os direitos reservados|[Mm]inden jog fenntartva|[Tt]oate drepturile rezervate|[Tt]ots els drets reservats|[Aa]lle rettigheter reservert|[Aa]lla rättigheter förbehållna|[Aa]lle rettigheder forbeholdes|[Ww]szelkie prawa zastrzeżone|[Vv]šechna práva vyhrazena|[Tt]üm hakları saklıdır|[Aa]lle rechten voorbehouden)`, 'u'), weight: 2 },
  // A newsroom's call for support led by its name ("Wensby Valley News relies on readers like you").
  { re: new RegExp(`^${NAME} ${anyCase('(?:relies|depends|counts) on (?:readers|subscribers|members|supporters|donations)')}\\b`, 'u'), weight: 2 },
  // An edition line ("The Nordic Ledger – English edition").
  { re: new RegExp(`^${NAME}\\s*[—–|-]\\s*${anyCase('(?:english|international|digital|online|print|weekend|sunday|regional|national) edition')}$`, 'u'), weight: 2 },
  // A blog's tagline names whose blog it is ("Inside the Newsroom — the Meridian Post editors' blog").
  { re: new RegExp(`\\s[—–|]\\s${anyCase('(?:the|a|an)')} ${NAME}(?:['’]s)? (?:[\\p{Ll}'’]+ ){0,2}${anyCase('(?:blog|newsletter|podcast)')}$`, 'u'), weight: 3 },
  // A byline of the person and the outlet set apart by a dot or bar ("Kiri Hamerton · CBN News ·").
  { re: new RegExp(`^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}\\s*[·•|]\\s*((?:The\\s+)?(?:${NAME_BODY}\\s)?(?:${OUTLET_END}|Radio|TV))(?:\\s*[·•|])?$`, 'u'), weight: 2, personRisk: false },
  // "This article appeared in the Sunday Clarion Magazine."
  { re: new RegExp(`^${anyCase('this (?:article|story|piece|essay|interview|review|feature) (?:first )?(?:appears|appeared|was published|ran) in')} (?:${anyCase('the')} )?${NAME}[.,]`, 'u'), weight: 3 },
  // A newsletter named after its outlet in other languages ("el boletín de El Correo de Valdemora").
  { re: new RegExp(`\\b(?:boletín|newsletter|bulletin|infolettre|notiziario|nieuwsbrief)\\s+(?:de|del|du|de la|von|der|di|della|van)\\s+${NAME}`, 'u'), weight: 2 },
  // The outlet's name then its street address at the foot ("Østjyllands Dagblad · Banegårdsgade 4 · …", "The Ledger | 22 Mill Street").
  { re: new RegExp(`^((?:The\\s+)?${NAME_BODY}\\s(?:\\p{Lu}\\p{Ll}+-)?(?:${OUTLET_END}|Dagblad|Avis|Tidning|Tidende|Courant|Krant|Dziennik|Gazeta))\\s*[·•|,]\\s*(?:\\d{1,4}\\s+)?\\p{Lu}[\\p{L}'’. -]{0,40}?(?:[Ss]treet|St\\.|[Rr]oad|Rd\\.|[Aa]venue|Ave\\.|[Ll]ane|[Ss]quare|gade|vej|stra(?:ß|ss)e|gatan|gata|veien|katu|ulica)\\b`, 'u'), weight: 2 },
  // A staff credit names the outlet ("— Brackwell Gazette staff").
  { re: new RegExp(`^(?:[—–-]\\s*)?((?:The\\s+)?${NAME_BODY}\\s(?:${OUTLET_END}))\\s+(?:staff|reporters|desk)\\.?$`, 'u'), weight: 2 },
  // A blog's line naming whose editors write it ("A blog from the editors of the Pinecrest Tribune").
  { re: new RegExp(`^${anyCase('(?:a|the) (?:blog|newsletter|podcast|column) (?:from|by) the (?:editors|staff|team|newsroom|reporters) (?:of|at)')} (?:${anyCase('the')} )?${NAME}\\.?$`, 'u'), weight: 3 },
  // The outlet within its group, set apart by a dot or bar ("The Murray Courier · Part of Riverina Media").
  { re: new RegExp(`^${NAME}\\s*[·•|]\\s*${anyCase('(?:part of|a member of|a division of|owned by|a publication of|a title of)')}\\b`, 'u'), weight: 2 },
  // The newsroom of the outlet ("Redacția Târnava Azi", "La redacción de El Correo").
  { re: new RegExp(`^(?:[Rr]edacția|[Rr]edacţia|(?:[Ll]a )?[Rr]edacción de|(?:[Ll]a )?[Rr]edazione di|(?:[Ll]a )?[Rr]édaction de|[Dd]ie [Rr]edaktion von)\\s+${NAME}\\.?$`, 'u'), weight: 2 },
  // A release's "From:" field names the issuing body; in an e-mail it may name a person.
  { re: new RegExp(`^${anyCase('from')}:\\s*${NAME}(?:\\s*<[^<>\\s]{3,120}>)?$`, 'u'), weight: 3, personRisk: true },
  // The sender of a forward hands over to the article by its outlet ("From the Thornbury Advertiser:").
  { re: new RegExp(`^${anyCase('(?:from|via|in)')} (?:${anyCase('the')} )?${NAME}:$`, 'u'), weight: 2 },
  // The site's own search box ("Search NewsNook") backs a name found elsewhere; alone it could name a section.
  { re: new RegExp(`^${anyCase('search')} (?:${anyCase('the')} )?${NAME}$`, 'u'), weight: 1, corroborates: true },
];

/** Wire agencies named in a dateline ("WASHINGTON (Reuters) -"): weak evidence, syndication is common. */
const WIRE = /^[\p{Lu}][\p{Lu} .,'’-]{2,40}(?:,\s*[\p{L}\p{N} .]{1,30})?\s*\((Reuters|AP|AFP|Bloomberg|UPI|CNN|Xinhua|dpa|PA|ANI|IANS|PTI)\)\s*[-–—]/u;
const WIRE_NAMES: Readonly<Record<string, string>> = { AP: 'Associated Press', PA: 'PA Media', dpa: 'dpa' };

/** Names that are photo agencies or platforms, never the page's publisher. */
const NOT_PUBLISHERS = /^(?:copyright|all rights reserved|riproduzione(?: riservata)?|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|share|partilhar|compartir|partager|teilen|print|email|e-mail|comments?|menu|more|search|copy|getty(?: images)?|shutterstock|istock(?:photo)?|afp|ap|associated press|reuters|epa|alamy|unsplash|pexels|twitter|facebook|instagram|linkedin|youtube|tiktok|google|apple|us|me|him|her|them|our|the|this|wikimedia commons|flickr|handout|pool|file|free|official|mobile|new|app|amp)$/i;

/** A cleaned-up publisher name, or null when the candidate is not name-like. */
/** A company form, then the name in quotes. */
const COMPANY_FORM_QUOTED = /(?<!\p{L})(?:UAB|AB|SIA|AS|OÜ|SC|SRL|S\.?A\.?|d\.o\.o\.|a\.s\.|s\.r\.o\.|Sp\. z o\.o\.)\s*[„“"«]([^„“”"«»]{2,50})[”“"»]/u;

export function publisherName(raw: string): string | null {
  // "Ledger News Network. A Meridian Media Company": the name ends at its first full stop before a new word.
  // A copyright year before the name ("© 2025 Kelby Times" read from the sign on) is not part of it.
  let name = tidy((raw.split(/\.\s+(?=\p{Lu})/u)[0] ?? raw).replace(/(?:'s|’s)$/u, '').replace(/^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?,?\s+(?=\p{L})/u, ''));
  // "the Observer's Politics newsletter": a possessive inside names something of the outlet's, not the outlet.
  if (/\p{L}['’]s\s/u.test(name)) return null;
  for (let k = 0; k < 3; k += 1) {
    name = tidy(name.replace(/[.,]?\s+(?:all rights reserved|inc|ltd|limited|llc|plc|gmbh|ag|s\.\s?a|s\.\s?l|s\.\s?r\.\s?l|s\.\s?r\.\s?o|a\.\s?s|oy|ab|co|sdn\.? bhd|bhd|berhad|d\.o\.o|\d{4}(?:\s*[-–]\s*\d{4})?)\.?$/i, '').replace(/\s+(?:all|and its|and|or|is|are)$/i, '').replace(/\.$/, ''));
  }
  // "Calloway University Newsroom": the news office of the university that publishes; "Tillwise Status", "Tillwise
  // Engineering": the company's status page or engineering blog.
  name = tidy(name.replace(/\s+(?:newsroom|news ?room|press office|media cent(?:re|er)|news cent(?:re|er)|press room|status(?: page)?|engineering(?: blog)?|tech blog|intranet)$/i, ''));
  if (name.length < 2 || name.length > 50 || !/\p{L}{2}/u.test(name) || NOT_PUBLISHERS.test(name)) return null;
  return name;
}

/** Section names and menu words that head a page but are not a publisher's name. */
const SECTION = /^(?:news|world|business|sport|sports|opinion|politics|tech|technology|science|health|culture|lifestyle|entertainment|travel|video|videos|live|interviews?|features?|analysis|home|latest|local|national|international|money|markets|food|food & drink|environment|climate|education|arts|books|music|film|movies|tv|style|fashion|weather|obituaries|crime|economy|energy|reviews|podcasts|deals|breaking|breaking news|exclusive|trending|more|menu|search|subscribe|europe|asia|africa|americas|us|uk|world news|top stories|courts?|crime|law|transfers|football|soccer|cricket|rugby|tennis|golf|motorsport|press releases?|news releases?|for immediate release|immediate release|media releases?|newsroom|press|media|press room|media centre|media center|photos?|pictures|galleries|gallery|photo gallery|in pictures|multimedia|features|magazine|recipes|techniques|ideas|startups|markets|commodities|stocks|property|real estate|homes|jobs|motors|cars|community|obituaries|puzzles|games|life|living|family|education|city|transit|schools|region|regional|metro|state|nation|local news|national news|world news|city news|comment|commentary|careers|events|sää|radio|ohjelmat|podcastit|cities|states|nation|país|brasil|belföld|külföld|forside|forsiden|főoldal|kezdőlap|startsida|última hora|ultima hora|portada|inicio|australia|india|nigeria|canada|ireland|new zealand|south africa|kenya|ghana|singapore|pakistan|philippines|us edition|uk edition|international edition|edition|news in brief|in brief|briefly|lokalt|lokales|indland|udland|inland|ausland|inrikes|utrikes|nyheder|nyheter|nachrichten|politik|wirtschaft|kultur|cronaca|politica|economia|esteri|actualités|société|économie|política|deportes|economía|noticias|notícias|desporto|uutiset|kotimaa|ulkomaat|urheilu|zprávy|domácí|zahraničí|gündem|ekonomi|spor)$/i;

/** True when a name is only section names ("Science & Health", "Arts and Culture"). */
function sectionName(name: string): boolean {
  // Turkish capitals: "EKONOMİ" is "ekonomi".
  const plain = name.replace(/İ/g, 'I');
  const parts = plain.split(/\s*(?:&|\band\b|,)\s*/i).filter((p) => p.length > 0);
  if (parts.length > 0 && parts.every((p) => SECTION.test(p))) return true;
  // Sections set apart by single spaces ("Regional News", "Uutiset Urheilu Sää Radio Ohjelmat").
  const words = plain.split(/\s+/);
  return words.length >= 2 && words.every((w) => SECTION.test(w));
}

/**
 * The outlet's name from a masthead line: the line itself, the name before a tagline
 * or a section ("Valley Voice | news for the valley", "Bugle › Community"), or the name
 * a scrape glued to its menu ("Northwall DailyOpinionGuest Column").
 */
function mastheadName(text: string): string {
  const expanded = expandedAcronym(text);
  if (expanded !== null) return expanded;
  const tagline = /^(.{2,40}?)\s+[|—–-]\s+(.+)$/u.exec(text);
  // "Brookhaven Bulletin — News from Brookhaven City Council": the body the news comes from publishes it.
  const from = tagline?.[2] === undefined ? undefined : NEWS_FROM.exec(tagline[2])?.[1];
  if (from !== undefined && organisationName(from)) return from;
  if (tagline?.[1] !== undefined && tagline[2] !== undefined && /(?:^|\s)\p{Ll}{2,}/u.test(tagline[2])) return tagline[1];
  const section = /^(.{2,40}?)\s*(?:[›»>]|\s[·|]\s)\s*(.+)$/u.exec(text);
  if (section?.[1] !== undefined && section[2] !== undefined && sectionName(section[2])) return section[1];
  const glue = text.search(/\p{Ll}\p{Lu}\p{Ll}/u);
  const head = glue === -1 ? '' : text.slice(0, glue + 1);
  return /^\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)+$/u.test(head) ? head : text;
}

/** A tagline that names who the news comes from ("News from Brookhaven City Council", "Updates from the Ashford Trust"). */
const NEWS_FROM = new RegExp(`^(?:(?:the )?(?:latest )?news|updates|news and updates|a newsletter|the newsletter) from (?:the )?${NAME}$`, 'iu');

/** The capitals that start the words of a name, leaving out joining words ("Great Lakes News Agency" → "GLNA"). */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

/**
 * The full name a masthead spells out beside its acronym: "GLNA — Great Lakes News Agency",
 * "APS English Service | Agencia Pacífico Sur", "Agencia Pacífico Sur (APS)". Null when no
 * part of the line is the acronym of another.
 */
export function expandedAcronym(text: string): string | null {
  const parts = text.split(/\s+[|—–·•-]\s+|\s*\(|\)/u).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < 2) return null;
  for (const full of parts) {
    const letters = initials(full);
    if (letters.length < 2 || full.split(/\s+/).length < 2 || full.length > 50) continue;
    const spelled = parts.some((p) => p !== full && new RegExp(`(?<!\\p{L})${letters}(?!\\p{L})`, 'u').test(p));
    if (spelled) return full;
  }
  return null;
}

/** The nouns that end the name of an outlet or an institution ("… Weather Watch", "… Courts Service", "… City Council"). */
const INSTITUTION_NOUN = /\s(?:news|times|post|herald|tribune|gazette|chronicle|journal|observer|watch|service|agency|council|institute|foundation|trust|network|press|wire|daily|weekly|radio|tv|media|centre|center|authority|university|college|police|constabulary|ministry|department|commission|society|association|museum|library|hospital)$/i;

/** A name led by the word for news in another language ("Zprávy z Pobečví", "Noticias de Valdemora"): an outlet's. */
const NEWS_FIRST = /^(?:Zprávy|Noticias|Notícias|Nachrichten|Nieuws|Wiadomości|Uutiset|Nyheter|Nyheder|Haberler|Știri|Hírek|Ειδήσεις|Notizie)\s+\S/u;

/** True when a name of two words or more ends with an outlet's or an institution's noun, and is no section's name. */
function institutionName(name: string): boolean {
  return INSTITUTION_NOUN.test(name.trim()) && !sectionName(name);
}

/** True when the top lines also give the name's acronym as a word of its own ("IBPS | Home | National" above "Indus Bay Press Service"). */
function acronymElsewhere(name: string, top: readonly LineVerdict[]): boolean {
  const letters = initials(name);
  if (letters.length < 3 || name.split(/\s+/).length !== letters.length) return false;
  const word = new RegExp(`(?<!\\p{L})${letters}(?!\\p{L})`, 'u');
  return top.some((v) => v.text.trim() !== name && word.test(v.text));
}

/** A masthead's name: capitalised words, joined by the short words names have ("Gazzetta dell'Appennino", "Jornal do Planalto Sul", "KVRN 7 News"). */
const MASTHEAD_NAME = new RegExp(String.raw`^(?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:&|of|and|the|on|de|la|le|les|del|della|delle|dei|degli|di|da|do|dos|das|du|des|der|die|den|von|van|el|los|las|y|e|z|ze|na|w|og|och|i)\s+){0,2}(?:(?:dell|dall|nell|sull|d|l)['’])?(?:\p{Lu}[\p{L}&'’.-]*|\p{N}{1,2})){0,4}$|^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+${NEWSPAPER_NOUN}$`, 'u');

/** How many items a line lists, set apart by bars, dots or wide gaps ("Results  |  Map  |  Voter guide" has three). */
function menuItems(line: string): number {
  return line.split(/\s*[|·•]\s*|\s{2,}/u).filter((p) => p.trim().length > 0).length;
}

/** True when a name is menu items glued together ("NewsSportTVShowbiz", "NEWSSPORTPODCASTS"). */
function gluedMenu(name: string): boolean {
  return name.split(/\s+/).some((w) => (w.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2 || (w.length > 12 && !/\p{Ll}/u.test(w)));
}

/**
 * The outlet's name leading the menu it heads ("The Farming Ledger | Livestock | Arable | Machinery"): the first
 * of three or more items set apart by bars or dots, named like an outlet ("The …", or ending in a noun such as
 * Ledger, Herald or News), when the items after it are short menu words. Null otherwise.
 */
function nameLeadingMenu(line: string): string | null {
  if (line.length > 160) return null;
  const items = line.split(/\s*[|·•]\s*/u).map((item) => item.trim()).filter((item) => item.length > 0);
  const [first, ...rest] = items;
  if (first === undefined || rest.length < 2 || first.split(/\s+/).length < 2 || !MASTHEAD_NAME.test(first) || sectionName(first) || gluedMenu(first)) return null;
  if (!/^The\s/u.test(first) && !institutionName(first) && !OUTLET_NOUN.test(first)) return null;
  return rest.every((item) => item.split(/\s+/).length <= 3 && /^[\p{Lu}\p{N}]/u.test(item)) ? first : null;
}

/** The nouns an outlet's name often ends with, beyond INSTITUTION_NOUN ("… Ledger", "… Courier"); not words that also name sections ("Book Review"). */
const OUTLET_NOUN = /\s(?:voice|press|monitor|star|mirror|record|ledger|courier|mercury|standard|sentinel|echo|express|mail|globe|register|bulletin|dispatch|inquirer|examiner|advertiser|argus|clarion|beacon|guardian|independent|telegraph|gazette|times|herald|tribune|chronicle|journal|observer|post|news|daily|weekly)$/i;

/** Non-blank lines at the foot of a page searched for the outlet's name. */
const FOOTER_LINES = 6;

/**
 * The outlet's name set alone in the page's footer among other footer lines ("Kelby Observer" over "About us |
 * Contact | Advertise"): a removed line named like an outlet ("The …", or ending in Herald, News…). Weak evidence.
 */
function footerName(verdicts: readonly LineVerdict[]): Found | null {
  const lines = verdicts.filter((v) => v.text.trim().length > 0);
  const foot = lines.slice(-FOOTER_LINES);
  for (const [k, v] of foot.entries()) {
    const line = v.text.trim();
    if (v.keep || line.length > 50 || !MASTHEAD_NAME.test(line) || line.split(/\s+/).length < 2 || sectionName(line) || gluedMenu(line)) continue;
    if (!/^(?:The|La|Le|Les|El|Il|Der|Die|Das|De|Het|O|A)\s/u.test(line) && !institutionName(line) && !OUTLET_NOUN.test(line)) continue;
    const near = [foot[k - 1], foot[k + 1]].filter((w): w is LineVerdict => w !== undefined && !w.keep);
    if (near.length > 0) return { value: line, provenance: `line ${v.n}` };
  }
  return null;
}

/**
 * The outlet credited in the byline block or under the article, alone or with the date ("The Westmarch Tribune"
 * under the headline, "Torvale Daily Press | Nov. 5, 2025" under the body, "Harbour Herald | 9 January 2026 | Page 4"
 * at a page's foot): a removed line named like an outlet ("The …", or ending in Herald, Record, News…). Weak evidence.
 */
function creditedOutlet(verdicts: readonly LineVerdict[]): Found | null {
  for (const v of verdicts) {
    if (v.keep) continue;
    const line = v.text.trim();
    // A page's footer may add its page number ("Harbour Herald | 9 January 2026 | Page 4").
    const parts = line.split(/\s+[|·•]\s+/u).filter((part, k) => k < 2 || !/^page \d{1,4}(?: of \d{1,4})?$/i.test(part));
    const name = parts[0] ?? '';
    const dated = (part: string): boolean => dateLine(part) || readingTimeLine(part);
    // Alone, the name counts only as a byline; with a date or reading time, wherever the cleaner put the line.
    // Or with a section of the site ("Northern Dales Gazette | Sport").
    if (parts.length > 2 || (parts.length === 2 && !dated(parts[1] ?? '') && !sectionName(parts[1] ?? '')) || (parts.length === 1 && v.reason !== 'byline') || name.length > 50 || name.split(/\s+/).length < 2) continue;
    if (!MASTHEAD_NAME.test(name) || sectionName(name) || gluedMenu(name) || /^by\s/i.test(name)) continue;
    if (!/^The\s/u.test(name) && !OUTLET_NOUN.test(name)) continue;
    return { value: name, provenance: `line ${v.n}` };
  }
  return null;
}

/** The legally responsible editor's label in the Nordic press, printed beside the outlet's name in the footer. */
const RESPONSIBLE_EDITOR = /(?<!\p{L})(?:ansvarlig redaktør|ansvarig utgivare|ansvarshavende (?:chef)?redaktør|vastaava päätoimittaja|ábyrgðarmaður)(?!\p{L})/iu;

/**
 * The outlet named beside its legally responsible editor ("Upplandsposten · Ansvarig utgivare: Lars Holm",
 * "Ansvarlig redaktør: Solveig Nes · Fjordbladet AS · Redaktørplakaten"): the item of the line that is a name,
 * not the label and its person, with a company suffix dropped.
 */
function responsibleEditorLine(verdicts: readonly LineVerdict[]): Found | null {
  for (const v of verdicts) {
    const line = typeof v.text === 'string' ? v.text.trim() : '';
    if (v.keep || line.length > 300 || !RESPONSIBLE_EDITOR.test(line)) continue;
    for (const part of line.split(/\s*[·•|]\s*/u)) {
      const name = part.replace(/\s+(?:AS|ASA|AB|A\/S|ApS|Oy|Oyj|hf|ehf)\.?$/u, '').trim();
      if (name.length === 0 || name.includes(':') || RESPONSIBLE_EDITOR.test(name) || !MASTHEAD_NAME.test(name) || sectionName(name) || /plakat|policy|privacy|cookies?|kontakt|contact/i.test(name)) continue;
      return { value: name, provenance: `line ${v.n}` };
    }
  }
  return null;
}

/** The first non-blank line after line `n`. */
function nextLine(verdicts: readonly LineVerdict[], n: number): LineVerdict | undefined {
  return verdicts.find((w) => w.n > n && w.text.trim().length > 0);
}

/** The masthead: a short capitalised line standing alone among the first lines of the page, removed as chrome. */
/** The first step of a breadcrumb trail. */
const HOME_STEP = /^(?:home|home page|homepage|inicio|accueil|startseite|etusivu|forside|forsiden|hem|startsida|página inicial|início|strona główna|úvod|anasayfa|kezdőlap|αρχική|naslovnica|domov|pradžia|sākums|avaleht|forsíða|acasă|начало|головна|trang chủ|laman utama|beranda|hafan|hasiera|portada)$/i;

function mastheadLine(verdicts: readonly LineVerdict[]): (Found & { weight: number; personRisk: boolean }) | null {
  const top = verdicts.filter((v) => v.text.trim().length > 0).slice(0, 8);
  // A breadcrumb trail set one step a line from "Home" ("Home", "India", "Cities", "Pune"): its steps are sections.
  const trail = HOME_STEP.test(top[0]?.text.trim() ?? '');
  for (const [k, v] of top.entries()) {
    const line = v.text.trim();
    if (trail && !v.keep && line.split(/\s+/).length <= 3) continue;
    // The page's first line, its name with a tagline, even where the cleaner took it for the headline
    // ("NORTHGATE COURTS SERVICE — court reports for the region").
    const tagged = k === 0 && v.keep && v.reason === 'headline' && /\s[—–|]\s/u.test(line) ? mastheadName(line) : null;
    if (tagged !== null && tagged !== line && institutionName(tagged) && MASTHEAD_NAME.test(tagged)) {
      return { value: tagged, provenance: `line ${v.n}`, weight: 2, personRisk: false };
    }
    // A menu the cleaner took for the headline does not end the page's top.
    if (v.keep && v.reason === 'headline' && !menuLine(line)) break;
    // The page's first line may be its name leading its menu ("The Farming Ledger | Livestock | Arable | Jobs").
    const leading = k === 0 && !v.keep ? nameLeadingMenu(line) : null;
    if (leading !== null) return { value: leading, provenance: `line ${v.n}`, weight: 2, personRisk: false };
    // A menu ("Results  |  Map  |  Voter guide"), a byline ("By JANE DOE") or a staff credit is no masthead.
    if (line.length > 120 || menuItems(line) >= 3 || menuLine(line.replace(/\s{2,}/g, ' ')) || /^by\s/i.test(line) || /\s(?:staff|team|writers?|reporters?|editors?|correspondents?)$/i.test(line)) continue;
    const t = mastheadName(line);
    // The cleaner may call a masthead navigation, a related link or a byline (it looks like a name); a kept line is not one.
    if (v.keep || (v.reason !== 'nav' && v.reason !== 'related' && v.reason !== 'byline' && v.reason !== 'masthead')) continue;
    if (t.length > 50 || /[|›»>/:]|\d{3,}|\d[.,]\d/.test(t) || sectionName(t) || gluedMenu(t) || /^(?:search|sign in|log in|sign up|subscribe|menu|donate|advertisement|advertising|sponsored|skip|close|share|cookies?|accept|listen|watch|download|get|install|open|my|print|back|free|win|bets?|offers?|deals?|write|agree|join|follow)\b/i.test(t)) continue;
    if (!MASTHEAD_NAME.test(t)) continue;
    // A section kicker sits directly on the headline ("COURTS" above the title): not a masthead, unless it is
    // the page's first line and an outlet's or institution's name ("Isle Coralie Weather Watch"), or a name
    // whose acronym the top lines also give ("IBPS | Home | National" above "Indus Bay Press Service").
    const below = verdicts[v.n];
    if (t === line && below !== undefined && below.keep && below.reason === 'headline' && !(k === 0 && (institutionName(t) || NEWS_FIRST.test(t))) && !(t.split(/\s+/).length >= 2 && OUTLET_NOUN.test(t)) && !acronymElsewhere(t, top)) continue;
    // A name right above the site's menu is its masthead, not a byline, even when it reads like a person's.
    const next = nextLine(verdicts, v.n);
    const aboveMenu = next !== undefined && menuLine(next.text);
    return { value: t, provenance: `line ${v.n}`, weight: k <= 2 ? 2 : 1, personRisk: v.reason === 'byline' && !aboveMenu };
  }
  return null;
}

const CAPITALS_NAME = /(?<!\p{L})((?:\p{Lu}[\p{Lu}'’.-]+|&)(?:\s+(?:\p{Lu}[\p{Lu}'’.-]*|&)){1,4})(?!\p{L})/u;

/** A line with its numbers blanked, so that running heads with page numbers compare equal. */
const withoutNumbers = (text: string): string => text.trim().replace(/\d+/g, '#');

/**
 * A print page's running header or footer: a line at the top that gives the title
 * in capitals and the issue date ("THE LEDGER · Issue 212 · 14 November 2024",
 * "6 THE VALLEY RECORD Thursday, March 6, 2025"), or a line repeated on every page
 * with a date or a page number ("Basin Monitor · Spring Report   Page 3 of 8").
 */
function runningHeader(verdicts: readonly LineVerdict[]): Found | null {
  const lines = verdicts.filter((v) => v.text.trim().length > 0);
  const seen = new Map<string, number>();
  for (const v of lines) if (v.text.length <= 200) seen.set(withoutNumbers(v.text), (seen.get(withoutNumbers(v.text)) ?? 0) + 1);
  for (const [k, v] of lines.entries()) {
    const t = v.text.trim();
    if (t.length > 120) continue;
    const repeated = (seen.get(withoutNumbers(t)) ?? 0) >= 2;
    const dated = dateLine(t);
    if (!((k < 3 && (dated || /\s{2,}page \d+$/i.test(t))) || (repeated && (dated || /\bpage \d+/i.test(t))))) continue;
    const capitals = CAPITALS_NAME.exec(t)?.[1];
    const first = (t.split(/\s{2,}|\s[·•|]\s/u)[0] ?? '').trim();
    const raw = capitals ?? (repeated && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}$/u.test(first) ? first : null);
    if (raw === null || SECTION.test(raw)) continue;
    const name = capitals === undefined ? raw : raw.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_s, a: string, b: string) => a + b.toUpperCase());
    return { value: name, provenance: `line ${v.n}` };
  }
  return null;
}

/** Addresses' names (the label before the top-level domain: "kelbycourier" of www.kelbycourier.example/news/…), as the page gives them. */
const ADDRESS = /(?:https?:\/\/|www\.|@)((?:[a-z0-9-]{1,63}\.){0,3}[a-z0-9-]{2,63})\.[a-z]{2,24}(?![a-z0-9-])/gi;
/** Hosts of platforms, whose names are never an outlet's own address. */
const PLATFORM_HOST = /^(?:twitter|x|facebook|fb|instagram|linkedin|youtube|youtu|tiktok|whatsapp|wa|t|telegram|reddit|pinterest|threads|bsky|mastodon|google|apple|gmail|outlook|yahoo|hotmail|doi|web|archive|wikipedia|wikimedia|flickr|getty|gettyimages|shutterstock)$/i;

/** The distinct address names a page mentions, lower-cased, platforms left out (bounded). */
function siteDomains(verdicts: readonly LineVerdict[]): Set<string> {
  const names = new Set<string>();
  for (const v of verdicts) {
    const text = typeof v.text === 'string' ? v.text.slice(0, MAX_CHARS) : '';
    if (!/[./@]/.test(text)) continue;
    for (const m of text.matchAll(ADDRESS)) {
      const host = (m[1] ?? '').toLowerCase().split('.');
      const label = host[host.length - 1] ?? '';
      if (label.length >= 4 && !PLATFORM_HOST.test(label)) names.add(label.replace(/-/g, ''));
      if (names.size >= 20) return names;
    }
  }
  return names;
}

/** True when an address name spells the candidate's name, with or without "The" ("The Kelby Courier" ↔ kelbycourier, thekelbycourier). */
function spelledByDomain(name: string, domains: ReadonlySet<string>): boolean {
  if (domains.size === 0) return false;
  const letters = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]/g, '');
  const bare = letters.replace(/^the/, '');
  return bare.length >= 4 && (domains.has(letters) || domains.has(bare) || domains.has(`the${bare}`));
}

/** A publisher candidate with its accumulated weight. */
interface Candidate {
  name: string;
  weight: number;
  provenance: string;
  order: number;
}

/** Words a company adds to its publication's name ("… Media", "… Media Group", "… Publishing Ltd"). */
const COMPANY_TAIL = /^(?:\s+(?:media|group|holdings|publishing|publications|company|corporation|corp|news ?papers?|limited|ltd|inc|llc|plc|&|and|news & media|sdn\.? bhd|bhd|berhad|pty|d\.o\.o|uab|sia|oü|kft|zrt|ltda)\.?)+$/i;

/** A company's name rather than an outlet's ("Lumen Media Group", "Pobečví Média s.r.o.", "Corvid Trade Media Ltd"). */
const COMPANY = /\s(?:media|médi[ao]|medien|group|gruppe|grupo|gruppo|groupe|holdings?|publishing|publications|publishers|corporation|corp|company|companies|inc|ltd|limited|llc|plc|gmbh|ag|s\.?a|s\.?l|s\.?r\.?o|s\.?r\.?l|a\.?s|oy|ab|sdn\.? bhd|bhd|berhad|d\.o\.o|kft|zrt|ltda|pty)\.?$/iu;

/** True for a company's name (see `COMPANY`). */
function companyName(name: string): boolean {
  return COMPANY.test(name) || /^(?:ediciones|editions|éditions|edizioni|edições|editora|editorial|verlag|verlagsgruppe|grupo|gruppo|groupe)\s/iu.test(name);
}

const ORG_WORD = /\b(?:news|times|post|daily|journal|media|magazine|herald|tribune|online|tv|radio|network|insider|today|wire|press|gazette|chronicle|observer|guardian|independent|telegraph|mail|express|standard|review|weekly|digital|tech|africa|asia|europe|world|global|report|reporter|register|star|sun|mirror|bulletin|monitor|hub|lab|labs|inc|ltd|limited|llc|plc|gmbh|corp|holdings|group|staff|desk|team|watch|service|agency|council|institute|foundation|trust|university|\.com|\.net|\.org)\b/i;
const PERSON = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+(?:de |van |von |da |del |le |la |di |mc|o')?\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** True when a name reads as an outlet or organisation ("The Ashford Chronicle", "Meridian Wire") rather than a person. */
export function organisationName(name: string): boolean {
  return ORG_WORD.test(name) || /^(?:the|la|le|les|el|los|las|der|die|das|il|lo|o|a)\s/iu.test(name);
}

/** True when a name looks like a person rather than an outlet. */
function personShaped(name: string, people: ReadonlySet<string>, strict: boolean): boolean {
  if (people.has(name.toLowerCase())) return true;
  return strict && PERSON.test(name) && !ORG_WORD.test(name);
}

/**
 * Find the publisher named by the page chrome ("Want CNET to notify you",
 * "Popular on Engadget", "Angela Lang/CNET", "© 2021 Example Media"…),
 * voting across lines. `people` holds names already known to be people
 * (author, editor), which are never taken as the publisher.
 */
export function publisherEvidence(verdicts: readonly LineVerdict[], people: ReadonlySet<string>, extra: readonly Found[] = []): Found | null {
  const candidates = new Map<string, Candidate>();
  const add = (raw: string, weight: number, provenance: string, personRisk = false): void => {
    const name = publisherName(raw);
    if (name === null || sectionName(name) || personShaped(name, people, personRisk)) return;
    const key = name.toLowerCase();
    const existing = candidates.get(key);
    if (existing) existing.weight += weight;
    else candidates.set(key, { name, weight, provenance, order: candidates.size });
  };
  for (const found of extra) add(found.value, 2, found.provenance);
  const now: { raw: string; weight: number; provenance: string; personRisk: boolean }[] = [];
  const later: typeof now = [];
  const lines = verdicts.filter((v) => typeof v.text === 'string' && v.text.trim().length > 0);
  for (const [k, v] of lines.entries()) {
    const text = (typeof v.text === 'string' ? v.text : '').slice(0, MAX_CHARS).trim().replace(COMPANY_FORM_QUOTED, '$1');
    const inBody = lines[k - 1]?.keep === true && lines[k - 1]?.reason !== 'headline' && (lines[k + 1]?.keep === true || lines[k + 2]?.keep === true);
    for (const { re, weight, personRisk, creditOnly, bioOnly, corroborates, notInBody } of RULES) {
      if (notInBody === true && inBody) continue;
      if (creditOnly === true && v.reason !== 'credit') continue;
      if (bioOnly === true && (v.keep || v.reason !== 'bio')) continue;
      const m = re.exec(text);
      if (m?.[1] !== undefined) (corroborates === true ? later : now).push({ raw: m[1], weight, provenance: `line ${v.n}`, personRisk: personRisk === true });
    }
    for (const c of now.splice(0)) add(c.raw, c.weight, c.provenance, c.personRisk);
    const wire = WIRE.exec(text);
    if (wire?.[1] !== undefined) {
      const name = WIRE_NAMES[wire[1]] ?? wire[1];
      const key = name.toLowerCase();
      const existing = candidates.get(key);
      if (existing) existing.weight += 1;
      else candidates.set(key, { name, weight: 1, provenance: `line ${v.n}`, order: candidates.size });
    }
  }
  const masthead = mastheadLine(verdicts);
  if (masthead) add(masthead.value, masthead.weight, masthead.provenance, masthead.personRisk);
  const footer = footerName(verdicts);
  if (footer) add(footer.value, 1, footer.provenance);
  const credited = creditedOutlet(verdicts);
  if (credited) add(credited.value, 2, credited.provenance);
  const responsible = responsibleEditorLine(verdicts);
  if (responsible) add(responsible.value, 2, responsible.provenance);
  const running = runningHeader(verdicts);
  // The title a print page repeats in its running header is strong evidence.
  if (running) add(running.value, 3, running.provenance);
  // Evidence that only backs a name: added once every other line and the masthead have been read.
  for (const c of later) {
    const name = publisherName(c.raw);
    const existing = name === null ? undefined : candidates.get(name.toLowerCase());
    if (existing) existing.weight += c.weight;
  }
  // An acronym ("IBPS") and the name it stands for ("Indus Bay Press Service") are one publisher, under the full name.
  for (const c of [...candidates.values()]) {
    if (!/^\p{Lu}{2,6}$/u.test(c.name)) continue;
    const full = [...candidates.values()].find((d) => d !== c && d.name.split(/\s+/).length >= 2 && initials(d.name) === c.name);
    if (full === undefined) continue;
    full.weight += c.weight;
    candidates.delete(c.name.toLowerCase());
  }
  // The masthead gives the outlet's full name: shorter forms of it in the chrome ("KVRN" in the copyright line,
  // "KVRN 7" in an app prompt) back it ("KVRN 7 News").
  const mast = masthead === null ? undefined : candidates.get((publisherName(masthead.value) ?? '').toLowerCase());
  if (mast !== undefined) {
    for (const [key, d] of candidates) {
      if (d === mast || !mast.name.toLowerCase().startsWith(`${key} `)) continue;
      mast.weight += d.weight;
      candidates.delete(key);
    }
  }
  // "Harbour Herald" (masthead) and "Harbour Herald Media" (copyright holder) are one publisher: the company suffix folds into the shorter name.
  for (const c of [...candidates.values()]) {
    for (const [key, d] of candidates) {
      if (d === c || !key.startsWith(`${c.name.toLowerCase()} `) || !COMPANY_TAIL.test(d.name.slice(c.name.length))) continue;
      c.weight += d.weight;
      candidates.delete(key);
    }
  }
  // A name the page's own addresses spell ("Kelby Courier" and kelbycourier.example) is the outlet's.
  const domains = siteDomains(verdicts);
  for (const c of candidates.values()) if (spelledByDomain(c.name, domains)) c.weight += 4;
  // The outlet publishes, not the company that owns it ("Circuitry" over "Lumen Media Group" from its copyright line):
  // a company's name counts for less while the page also names an outlet.
  const outlets = [...candidates.values()].filter((c) => !companyName(c.name));
  const score = (c: Candidate): number => (outlets.length > 0 && companyName(c.name) ? c.weight / 2 : c.weight);
  let best: Candidate | null = null;
  for (const c of candidates.values()) if (best === null || score(c) > score(best)) best = c;
  return best === null ? null : { value: best.name, provenance: best.provenance };
}
