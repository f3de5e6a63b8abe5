import type { LineFeatures } from './line-features.ts';

/**
 * Page-chrome patterns. Each rule names the reason code it yields and only
 * fires on lines short enough to be chrome: article prose with a little chrome
 * glued to it stays content. Every regex is anchored or bounded so that it runs
 * in linear time on the (already capped) examined text.
 */

const SOCIAL_NETWORKS = 'twitter|facebook|instagram|linkedin|x|tiktok|youtube|threads|bluesky|mastodon|whatsapp|telegram|reddit|pinterest|flipboard|google news|snapchat';

const BUTTON = /^(?:no,? thanks?(?: you)?|not now|maybe later|accept(?: all)?(?: cookies)?|reject(?: all)?|decline|i agree|agree|ok(?:ay)?|got it|close|dismiss|allow|block|subscribe(?: now)?|sign (?:up|in)(?: now)?|log ?in|log ?out|register|continue|cancel|manage (?:preferences|settings|cookies|choices)|cookie settings|settings|search|menu|open menu|close menu|skip to (?:main )?content|skip navigation|back to top|listen to (?:this )?article|print(?: this article)?|email|e-mail|share|tweet|save|saved|copy link|link copied|comments?|\d+ comments?|show comments|view comments|key events|jump to (?:recipe|comments|content|section|video)|(?:print|save|rate|pin) (?:this )?recipe|reuse this content|republish(?: this (?:article|story))?|read later|explore more on these topics|show (?:\d+ )?(?:more|new|all|older|newer|latest|key events only)(?: updates?| posts?| comments?| replies| entries| events)?|refresh|leave a comment|load more|see more|show more|more|next|previous|prev|home|top|edition|expand|collapse|enlarge|enlarge this image|click to enlarge|view gallery|gallery|play|pause|watch|listen|video|audio|loading\.*|toggle navigation|navigation|main menu|submit|go|yes|no|key events only|gift (?:this )?article|give this article|save (?:this )?(?:article|story)|saved articles|follow(?: this)?(?: topic| author| us)?|unfollow|add topic|add to (?:my )?(?:list|reading list)|listen(?: to (?:this )?(?:article|story))?\s*[·•|-]?\s*\d+(?::\d{2})?\s*(?:min(?:s|utes?)?)?|view (?:this )?post on (?:instagram|facebook|x|twitter|tiktok|threads)|view this post on instagram|watch on youtube|click to expand|tap to expand|see (?:the )?full (?:image|gallery)|add a comment|post a comment|sort by:?(?: \w+)?|swipe(?: for more)?|close gallery|open gallery|view (?:all )?(?:photos|images|slideshow)|(?:show|view) (?:caption|transcript)|hide caption|partager|partagez|commenter|commentaires?|réagir|s'inscrire|s’inscrire|se connecter|connexion|se déconnecter|accepter|tout accepter|refuser|tout refuser|paramétrer|personnaliser|suivant|précédent|accueil|rechercher|fermer|lire la suite|compartir|comentarios?|comentar|iniciar sesión|registrarse|suscríbete|aceptar|rechazar|configurar|siguiente|anterior|portada|inicio|buscar|cerrar|leer más|teilen|artikel teilen|kommentare?|kommentieren|anmelden|abmelden|registrieren|abonnieren|akzeptieren|alle akzeptieren|ablehnen|einstellungen|weiter|zurück|startseite|suche|schließen|mehr lesen|weiterlesen|condividi|commenti|accedi|iscriviti|accetta)[.!]?$/i;

const PROMPT = new RegExp(
  [
    'notify you',
    '(?:turn on|enable|allow|disable) (?:browser |push |desktop )?notifications',
    'notifications at any time',
    'breaking news alerts',
    '\\bsign up (?:for|to)\\b',
    '\\bsubscribe (?:to|for|now|today)\\b',
    '\\bnewsletter\\b',
    'delivered (?:straight |right )?to your (?:email )?inbox',
    'in your inbox',
    'enter your email',
    'your email address',
    'we use cookies',
    '(?:site|website) uses cookies',
    'use of cookies',
    'cookie (?:policy|settings|preferences|consent)',
    'by continuing to (?:browse|use)',
    'privacy (?:policy|notice|settings)',
    'terms (?:of|and) (?:use|service|conditions)',
    'already (?:a subscriber|have an account)',
    'create (?:a )?(?:free )?account',
    'download (?:our|the) app',
    'get (?:the|our) app',
    'support (?:our|independent|quality) journalism',
    'become a (?:member|subscriber|patron)',
    'free articles? (?:left|remaining)',
    'you have reached (?:your|the) (?:limit|maximum)',
    'continue reading',
    'read (?:the )?full (?:story|article)',
    'click here',
    'tap here',
    'join (?:the )?(?:conversation|discussion)',
    'comments? (?:are|is) (?:closed|open)',
    'have a (?:news )?tip',
    'send us (?:a )?tips?',
    'report an? (?:error|typo|correction)',
    'thanks? for (?:reading|signing up|subscribing)',
    'this (?:content|video) is not available',
    'please (?:enable|disable) (?:javascript|your ad ?blocker)',
    'ad ?blocker',
  ].join('|'),
  'i',
);

/** Subscription and contact prompts that only count on short lines (a paragraph may mention a free trial). */
const PROMPT_SHORT = new RegExp(
  [
    'unlimited (?:digital )?access',
    'free trial',
    'to continue reading',
    '(?:read|used) (?:all )?(?:of )?your free',
    'unlock (?:this|the|full|all)',
    'logged in to',
    '(?:have|got) a (?:news )?(?:story|tip)',
    'story (?:idea|tip)',
    'contact (?:our|the) news ?(?:room|desk)',
    '(?:utilisons|utilise|utilizamos|utiliza|usamos|verwenden|nutzen|setzen) (?:des |les |de |las |los )?cookies',
    '(?:politique|gestion|paramètres) (?:de|des) cookies|pol[íi]tica de cookies|cookie-(?:einstellungen|richtlinie)',
    'abonne[zr]',
    's[’\']inscrire|inscrivez',
    'suscr[íi]b',
    'bolet[íi]n',
    'abonnieren',
  ].join('|'),
  'i',
);

/** Paywall and subscription notes that are chrome without addressing the reader. */
const PAYWALL = /^(?:got|have) a (?:news )?(?:story|tip)\b|^download (?:the |our )?(?:press kit|pdf|file|full (?:report|release)|(?:high-res(?:olution)? )?(?:images?|photos?|logos?))\b|\b(?:for subscribers only|subscribers? only|subscriber[- ]exclusive|exclusive to subscribers|(?:this|the) (?:article|story|content) is (?:for|reserved for|available to|only available to) (?:paying )?(?:subscribers|members)|subscribe to (?:continue|read|keep reading|unlock)|to continue reading,? (?:subscribe|log in|sign in)|réservé aux abonnés|exclusivo para suscriptores|nur für abonnenten)\b/i;

const ADDRESSES_READER = /\b(?:you|your|yours|us|our|vous|votre|vos|nous|notre|nos|tu|tus|usted|nuestro|nuestra|nuestros|sie|ihr|ihre|ihren|wir|unser|unsere|unseren)\b|^(?:abonnez|recevez|inscrivez|suscr[íi]bete|rec[íi]be|abonnieren|erhalten)|^(?:sign|subscribe|get|enter|turn|want|join|download|click|tap|read|don'?t|never|stay|support|become|register|log|create|allow|enable|disable|accept|manage|please|thank|thanks|have|send|report)\b/i;

const AD = /^(?:advertisement|advertising|ads?|sponsored|sponsored (?:links?|content|stories|by \S.*)|promoted(?: stories| content| links)?|paid (?:post|content|partnership)|partner content|presented by \S.*|story continues (?:below|after)(?: (?:the|this))? ad(?:vertisement)?|article continues (?:below|after)(?: (?:the|this))? ad(?:vertisement)?|continue reading (?:below|after)(?: the)? ad(?:vertisement)?|scroll (?:down )?to continue(?: (?:with|reading)(?: content)?)?|(?:story|article|content|text|post) continues (?:below|after (?:the )?(?:ad|advertisement|video|break))|continue reading below|continues below|ads? by \S+|recommended by \S+|remove ads|publicité|publicidad|anuncio|anzeige|werbung|pubblicità|advertorial|sponsorisé|patrocinado|gesponsert)[.:]?$/i;

const RELATED_HEADER = /^(?:related(?: articles?| stories| content| coverage| posts| news| reading| links| topics| video)?|read (?:more|next|also|this next)|see also|more (?:from|on|about|in|stories|news|coverage|to read|like this)\b.{0,60}|recommended(?: for you| stories| reading| articles| videos)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|popular (?:on|in|now|stories|articles|posts)\b.{0,60}|most (?:read|popular|viewed|shared|commented)\b.{0,30}|trending(?: now| stories| topics| news| on \S.*)?|recent (?:news|posts|stories|articles|updates|coverage)|latest (?:news|stories|articles|posts|headlines|videos)\b.{0,30}|top (?:stories|news|headlines)|editor'?s? (?:picks|choice)|further reading|what to read next|also read|must read|don'?t miss\b.{0,40}|in case you missed it|keep reading|up next|watch next|more videos|around the web|from (?:our|the) partners|elsewhere on \S.*|tags?|topics|filed under|categories|share this(?: article| story| post)?|more galleries|more (?:photo )?galleries|related (?:tickers|quotes|companies|symbols|galleries)|(?:media|press|investor|news) (?:contacts?|enquiries|inquiries)|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|les plus lus|dans la même rubrique|noticias relacionadas|te puede interesar|lo más leído|lea también|más noticias|lesen sie auch|mehr zum thema|meistgelesen|das könnte sie auch interessieren|weitere artikel|leggi anche|più letti)\s*:?$/i;

const RELATED_PREFIX = /^(?:related|read more|read also|also read|see also|more|recommended|watch|read|listen|don'?t miss|must read|read next|up next|lire aussi|à lire aussi|a lire|voir aussi|lea también|leer más|lee también|ver también|lesen sie auch|mehr dazu|leggi anche)\s*[:|»›>-]\s*\S/i;

const SOCIAL_FOLLOW = new RegExp(`(?:^|[.!?]\\s+)(?:follow|like|join|find|connect with|subscribe to|tag|mention|share (?:it|your \\w+) with) (?:us|me|him|her|them|[^.!?]{1,80}?) on (?:${SOCIAL_NETWORKS})\\b`, 'i');
/** "Jane Doe at Riverside Park", "John Roe in Kyiv": a byline with the reporter's whereabouts. */
const NAME_AT_PLACE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u;
const SOCIAL_SHARE = new RegExp(`^(?:share|post|send|pin|email|partager|partagez|envoyer|compartir|comparte|enviar|teilen|senden|condividi|inviare)(?: this| it| cet article| l'article| este artículo| la noticia| den artikel| artikel)?(?: (?:article|story|post|page))? (?:on|via|to|with|sur|par|en|por|auf|per|via|su|mit) (?:${SOCIAL_NETWORKS}|email|e-mail|courriel|correo(?: electrónico)?)\\b`, 'i');
const SOCIAL_WORDS = new RegExp(`\\b(?:${SOCIAL_NETWORKS}|email|print|copy link|whatsapp|share)\\b`, 'gi');

const COPYRIGHT = /^(?:©|\(c\)|copyright\b|all rights reserved)|©\s?\d{4}|copyright\s+(?:©\s*)?\d{4}|all rights reserved|may not be (?:published|reproduced|broadcast|redistributed)/i;

const CREDIT_SLASH = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s?\/\s?[\p{Lu}\p{N}][\p{L}\p{N} &.'’-]{1,40}$/u;
const CREDIT_VIA = /\bvia (?:getty(?: images)?|reuters|ap|afp|epa|shutterstock|unsplash|pexels|wikimedia(?: commons)?|flickr|twitter|instagram|facebook|youtube|alamy|istock|[a-z]+ (?:images|photos|pictures))\)?\.?$/i;
const CREDIT_LABEL = /^[([]?(?:photo(?:graph)?s?|images?|pictures?|credits?|photo credits?|image credits?|image source|illustration|graphic|video|top image|header image|featured image|lead image|main image|cover image)\s*(?:by\b|:|credit\b|courtesy\b|©)/i;
const CREDIT_AGENCY = /\b(?:getty images|shutterstock|istock(?:photo)?|afp|ap photo|associated press|reuters|epa(?:-efe)?|alamy|unsplash|pexels|pool photo|handout|courtesy(?: of)?|wikimedia commons|creative commons|cc by(?:-sa)?)\b/i;
const CREDIT_PAREN = /^\((?:photo|image|picture|credit|source|courtesy)[^()]{0,120}\)$/i;

const STOCK_PHOTO = /^note (?:for|to) (?:inspectors|editors|reviewers)\b|\b(?:stock (?:photo|image|footage)|model released|property released|editorial use only|for illustrative purposes(?: only)?|file photo:?$|illustration purposes only|image for representation)\b/i;
const IMAGE_FILE = /(?:^|\s|\/)[\w.-]{1,200}\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)(?:\?\S{0,300})?$/i;
const MARKDOWN_IMAGE = /^!\[[^\]]{0,500}\]\([^)]{0,2000}\)\s*$/;
const MARKDOWN_LINK_ONLY = /^(?:[-*+]\s+)?\[[^\]]{0,500}\]\([^)]{0,2000}\)\s*$/;
const IMAGE_COUNTER = /^(?:image|photo|slide|picture)?\s*\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i;

/** An embedded social post's chrome ("A post shared by Jane (@jane)"). */
const EMBED = /^(?:a post shared by\b.{0,80}|view (?:this|more) (?:post|on) (?:on )?(?:instagram|tiktok|facebook|threads|x)\b.{0,40}|watch on (?:youtube|tiktok|vimeo)|(?:embedded|embed) (?:video|content|post)\b.{0,40})$/i;
/** The header of a reader comment section: everything after it, at the foot of a page, is readers' talk. */
export const COMMENTS_HEADER = /^(?:\d+\s+)?(?:reader )?(?:comments?|responses|replies|discussion)(?:\s*\(\d+\))?(?:\s+\d+)?\s*:?$|^(?:leave|post|add|write) (?:a |your )?(?:comment|reply|response)\b.{0,40}$|^(?:join|start) the (?:conversation|discussion)\b.{0,40}$|^(?:comments are (?:closed|open)|most (?:popular|recent) comments|what (?:do )?(?:you|readers) (?:think|say)\??|commentaires(?:\s*\(\d+\))?|comentarios(?:\s*\(\d+\))?|kommentare(?:\s*\(\d+\))?)\s*$/i;

const BIO = /^(?:about the author:?\s*)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+(?:has (?:been )?(?:writing|covering|reporting|written|worked)|is (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:writer|reporter|editor|journalist|correspondent|columnist|contributor|producer|blogger|author|freelancer|analyst|critic|photographer)\b|writes about|covers\s|reports on|joined (?:the )?[\p{Lu}][\p{L}]+ in \d{4})/u;
const ABOUT_AUTHOR = /^(?:about the author|about the writer|author bio|more (?:articles|stories|posts) by|view all (?:posts|articles|stories) by|see all (?:posts|articles|stories) by|all posts by)\b/i;

const DISCLAIMER = /affiliate (?:links?|commissions?|partnerships?)|(?:may|might) (?:earn|receive|get) (?:a |an )?(?:small )?(?:share|commission|compensation)|independent of our parent company|(?:selected|chosen|curated) (?:independently )?by our (?:editorial team|editors)|views expressed (?:here |in this (?:article|piece) )?are (?:those|solely)|does not (?:necessarily )?reflect the (?:views|opinions)|this (?:article|story|post|piece) (?:originally )?(?:appeared|was (?:originally )?published) (?:first )?(?:on|in|at|by)|the post .{1,300} appeared first on|this is a developing story|not (?:intended as|to be construed as) (?:financial|legal|medical|investment) advice|we are reader-supported|readers? support|forward-looking statements? (?:within|that|which|are|involve)|(?:this|the) (?:article|story|piece|feature) (?:appears|appeared|will appear) in (?:the |our )|market data (?:provided|powered|delayed)|quotes (?:are )?delayed|(?:data|prices) delayed (?:by |at least )?\d|our standards:|trust principles|for (?:general )?informational purposes only|does not constitute (?:an? )?(?:investment|financial|legal|medical|tax) advice|\bis an? (?:editorially )?independent,? (?:non-?profit |nonpartisan )*(?:publication|newsroom|news ?room|news organi[sz]ation|news site)\b|\bis an? (?:non-?profit|nonpartisan),? (?:independent )?(?:newsroom|news ?room|news organi[sz]ation|publication)\b|we(?:'|’)d (?:like|love) to hear what you think|^for the latest (?:news|headlines|updates)\b.{0,120}\b(?:head to|visit|go to|download|follow)\b|^do you have (?:information|a tip|a story|something to share)\b.{0,160}\b(?:email|contact|reach|tell) us\b|\b(?:contributed|added) (?:reporting|to this (?:report|story|article))\.?$/i;

const BYLINE = /^(?:by:?|written by|words by|story by|reporting by|report by|posted by|published by|interview by|interviewed by|text by|photos? by|(?:recipe|analysis|review|column|video|illustrations?|photographs?|words and pictures|graphics?) by|author:?|authors:?|byline:?|von|par|por)\s+[\p{Lu}@]/iu;
/** A person's name followed by a separator and a date or reading time ("Jane Doe | March 3, 2021", "Jane DoeMar 3, 2021"). */
const NAME_THEN_SEPARATOR = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*(?:[|·•,]|\s[-–—])\s*|(?<=\p{Ll})(?=\p{Lu}\p{Ll}{2}\.?\s\d))/u;
const DATE_START = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|updated|published|posted)/i;

/** True for a name followed by a date ("Jane Doe | March 3, 2021", "Jane DoeMar 3, 2021"). */
function isNameThenDate(t: string): boolean {
  const m = NAME_THEN_SEPARATOR.exec(t);
  return m !== null && DATE_START.test(t.slice(m[0].length));
}
const EDITED = /^(?:edited by|editing by|editor:|reviewed by|fact[- ]checked by|compiled by|additional reporting by|with reporting by|contributed reporting)\s*\S/i;
const WIRE_FOOTER = /^\(?\s*(?:reporting|writing|editing|additional reporting)\s+by\b[^()]{0,300}\)?\.?$/i;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_CORE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:[t ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`;
const TIME = '(?:(?:à|a las|um|at)\\s+)?(?:\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)(?:\\s*(?:[a-z]{2,4}t|utc|gmt|et|pt|ct|bst|cet|ist|sast|eat|wat|uhr|h)\\b)?';
const TIMESTAMP = new RegExp(
  `^(?:(?:published|updated|posted|last updated|last modified|first published|modified|created|date|publié|mis à jour|actualisé|publicado|actualizado|veröffentlicht|aktualisiert|stand|pubblicato|aggiornato)(?: on| at| le| el| am| il)?\\s*:?\\s*)?` +
    `(?:\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+)?,\\s+)?` +
    `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:${DATE_CORE}|${TIME}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?=\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?))` +
    `(?:\\s*(?:,|at|\\||·|•|\\/|-|–|—)?\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:${TIME}|${DATE_CORE}))?` +
    `(?:\\s*(?:,|\\||·|•|-|–|—)?\\s*(?:\\d+\\s*min(?:ute)?s?\\.?\\s*read|(?:last )?(?:updated|mis à jour|actualizado|aktualisiert) .{0,40}))?\\s*$`,
  'iu',
);
const TIMESTAMP_INSIDE = new RegExp(`${DATE_CORE}|\\d+\\s*min(?:ute)?s?\\.?\\s*read|${MONTH}\\s+\\d{1,2}\\b`, 'i');
/** A bare clock time ("11:42 p.m.", "12:05"): a live-blog entry stamp, kept inside a body. */
export const TIME_ONLY = /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*(?:[a-z]{2,4}t|utc|gmt|et|pt|ct|bst|cet))?$/i;
const READ_TIME = /^(?:\d+\s*(?:min(?:ute)?s?\.?|m)\s*(?:read|listen|de lecture|lectura|lesezeit|lettura)|(?:reading time|listen(?:ing time)?|lecture|temps de lecture|tiempo de lectura|lesezeit|lesedauer)\s*[:·•|-]?\s*\d+\s*min(?:ute)?s?\.?|(?:updated|published|posted) (?:\d+ \w+ )?ago)$/i;

/** "Jane Doe, Staff Writer", "John Roe, Court Reporter": a name and a newsroom role. */
const NAME_ROLE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|critic|producer|photographer|staff|intern|reporting fellow)s?$/iu;
/** "Tomas Brandt for Altitude": a photographer's credit line. */
const NAME_FOR_OUTLET = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}\s+for\s+(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}$/u;
/** A weather widget: a temperature with few function words ("☁ 9°C Light rain", "Hi 11° Lo 5°"). */
const WEATHER = /-?\d{1,3}\s?[°º]\s?[CF]?(?![\p{L}])/u;
const WEATHER_WORD = /\b(?:hi|lo|high|low|max|min|sunny|cloudy|overcast|showers?|rain|drizzle|snow|sleet|fog|mist|clear|windy|thunder(?:storms?)?|partly|mostly|fair)\b|^[^\p{L}\d]*-?\d{1,3}\s?[°º]|[\u2600-\u26ff\u{1f300}-\u{1f32c}]/iu;
/** A market-data strip: a signed percentage change ("BFD 52.31 +1.24%", "FTSE 100 -0.3%"). */
const MARKET_MOVE = /(?:^|\s)[+\-−]\d{1,4}(?:[.,]\d{1,3})?\s?%/u;
/** A page header or footer of a printed document ("Spring Report    Page 3 of 8", "— 8 —"). */
const PAGE_MARK = /(?:^|\s)(?:page|p\.|seite|página)\s*\d{1,4}(?:\s*(?:of|\/|de|von)\s*\d{1,4})?$|[—–-]\s*\d{1,4}\s*[—–-]$/i;
/** A section heading that opens legal or contact boilerplate at the foot of a release. */
const LEGAL_HEADER = /^(?:forward[- ]looking statements?|safe harbou?r(?: statement)?|cautionary (?:note|statement)s?(?: regarding .{1,60})?|disclaimer|legal notice|(?:media|press|investor|news) (?:contacts?|enquiries|inquiries)|source:\s*https?:\/\/\S{1,300}|SOURCE \p{Lu}.{0,80})\s*:?$/iu;

const CSS_OPEN = /^(?:\/\*|\*\/|<\/?(?:script|style|noscript|iframe|div|span|link|meta)\b|@media\b|@import\b|@font-face\b|@keyframes\b|(?:var|let|const|function)\s+[\w$]+\s*[=(]|window\.|document\.|googletag\.|\(function\b|\$\(|jquery\()/i;
const URL_ONLY = /^(?:<?https?:\/\/\S{1,2000}>?|www\.\S{1,2000})$/i;
const EMAIL_ONLY = /^(?:e-?mail:?\s*)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/i;
const HANDLE_ONLY = /^@[\w]{1,30}$/;
const BREADCRUMB_SEPARATORS = /\s[›»>|/]\s|[›»]/g;

/** True when the line is CSS or script text. */
export function isCode(f: LineFeatures): boolean {
  const t = f.text;
  if (CSS_OPEN.test(t)) return true;
  if (/\*\/\s*$/.test(t) && t.includes('/*')) return true;
  const braces = t.includes('{') && (t.includes('}') || t.endsWith('{'));
  if (braces && f.stopRatio < 0.15 && /[:;]/.test(t)) return true;
  if (/^[}{\])(;]+$/.test(t)) return true;
  return false;
}

/** True when the line is a breadcrumb or a menu strip. */
export function isNavStrip(f: LineFeatures): boolean {
  const t = f.text;
  if (/^[Hh]ome(?=\p{Lu}|\s*[›»>|/])/u.test(t)) return true;
  const separators = t.match(BREADCRUMB_SEPARATORS)?.length ?? 0;
  if (separators >= 2 && f.words - separators <= 3 * (separators + 1) && !f.endsSentence) return true;
  if (f.words >= 14 && f.stopRatio < 0.1 && f.capRatio >= 0.7 && !f.endsSentence) return true;
  if (f.glued >= 3 && f.stopRatio < 0.15 && !f.endsSentence) return true;
  // Four or more short items set apart by wide gaps ("Investigations  Local Reporting  Data  About Us").
  if (f.gaps >= 3 && !f.endsSentence && !/[,;:]/.test(t) && t.split(/\t|\s{2,}/).every((item) => item.trim().split(/\s+/).length <= 3 && /^\p{Lu}/u.test(item.trim())) && !/\d/.test(t)) return true;
  return false;
}

/** True when the line lists share/social targets ("Facebook Twitter Email"). */
function isShareStrip(f: LineFeatures): boolean {
  if (f.words > 12) return false;
  const hits = f.text.match(SOCIAL_WORDS)?.length ?? 0;
  return hits >= 2 && hits * 2 >= f.words;
}

/** True when the line is a photo credit standing alone. */
export function isCredit(f: LineFeatures): boolean {
  if (f.words > 14) return false;
  const t = f.text;
  if (CREDIT_PAREN.test(t)) return true;
  if (CREDIT_LABEL.test(t)) return true;
  if (f.words <= 8 && CREDIT_SLASH.test(t)) return true;
  if (CREDIT_VIA.test(t) && f.words <= 8) return true;
  if (f.words <= 7 && !f.endsSentence && CREDIT_AGENCY.test(t)) return true;
  if (f.words <= 7 && /^[\p{Lu}][^.!?]{0,60}\b(?:for|\/) (?:the |The )?[\p{Lu}][\p{L}]+/u.test(t) && /\b(?:photo|photograph|images?)\b/i.test(t)) return true;
  return false;
}

/** True when the line is a byline ("By Jane Doe", "By Jane Doe | March 3, 2021"). */
export function isByline(f: LineFeatures): boolean {
  if (f.words > 16) return false;
  if (!BYLINE.test(f.text)) return false;
  // "By Tuesday, the company had …" is prose: require a name-shaped remainder.
  const rest = f.text.replace(/^\S+(?:\s+by)?\s+/i, '');
  const lowerWords = rest.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:and|de|van|von|der|da|di|del|la|le|in|at|for|the|of|on|min|read|updated|published|staff|senior|reporter|writer|editor|correspondent|contributor)$/i.test(w));
  return lowerWords.length <= 2;
}

/**
 * The chrome reason for a line taken on its own, or null when the line could
 * be article text. Blank lines are not handled here.
 */
export function chromeReason(f: LineFeatures): string | null {
  const t = f.text;
  if (isCode(f)) return 'css';
  if (MARKDOWN_IMAGE.test(t)) return 'image';
  if (f.words <= 6 && BUTTON.test(t)) return 'prompt';
  if (TIME_ONLY.test(t)) return null;
  if (!/\p{L}/u.test(t)) return 'fragment';
  if (f.words <= 8 && AD.test(t)) return 'ad';
  if (f.words <= 10 && RELATED_HEADER.test(t)) return 'related';
  if (f.words <= 60 && DISCLAIMER.test(t)) return 'disclaimer';
  if (f.words <= 45 && PROMPT.test(t) && ADDRESSES_READER.test(t)) return 'prompt';
  if (f.words <= 40 && PAYWALL.test(t)) return 'prompt';
  if (f.words <= 25 && PROMPT_SHORT.test(t) && ADDRESSES_READER.test(t)) return 'prompt';
  if (f.words <= 30 && (SOCIAL_FOLLOW.test(t) || SOCIAL_SHARE.test(t))) return 'social';
  if (isShareStrip(f)) return 'social';
  if (f.words <= 16 && EMBED.test(t)) return 'social';
  if (f.words <= 30 && COPYRIGHT.test(t)) return 'copyright';
  if (f.words <= 30 && STOCK_PHOTO.test(t)) return 'stock-photo';
  if (f.words <= 6 && (IMAGE_FILE.test(t) || IMAGE_COUNTER.test(t))) return 'image';
  if (isByline(f)) return 'byline';
  if (isCredit(f)) return 'credit';
  if (f.words <= 30 && EDITED.test(t)) return 'byline';
  if (f.words <= 40 && WIRE_FOOTER.test(t)) return 'byline';
  if (f.words <= 7 && NAME_AT_PLACE.test(t)) return 'byline';
  if (f.words <= 16 && isNameThenDate(t) && TIMESTAMP_INSIDE.test(t)) return 'byline';
  if (f.words <= 14 && (TIMESTAMP.test(t) || READ_TIME.test(t))) return 'timestamp';
  if (f.words <= 80 && (BIO.test(t) || ABOUT_AUTHOR.test(t))) return 'bio';
  if (URL_ONLY.test(t) || EMAIL_ONLY.test(t) || HANDLE_ONLY.test(t)) return 'nav';
  if (MARKDOWN_LINK_ONLY.test(t)) return 'related';
  if (f.words <= 25 && RELATED_PREFIX.test(t)) return 'related';
  if (isNavStrip(f)) return 'nav';
  if (f.words <= 10 && NAME_ROLE.test(t)) return 'byline';
  if (f.words <= 7 && NAME_FOR_OUTLET.test(t)) return 'credit';
  if (f.words <= 12 && f.stopRatio < 0.25 && WEATHER.test(t) && WEATHER_WORD.test(t) && !/[.!?]["”’]?$/u.test(t)) return 'weather';
  if (f.words <= 14 && f.stopRatio === 0 && MARKET_MOVE.test(t) && !f.endsSentence && /\b[A-Z&]{2,6}(?:\.[A-Z]{1,2})?\b/.test(t) && (/\d\.\d{2}\b/.test(t) || (t.match(/[+\-−]\d[\d.,]*\s?%/gu)?.length ?? 0) >= 2)) return 'nav';
  if (f.words <= 12 && PAGE_MARK.test(t) && !f.endsSentence) return 'nav';
  if (f.words <= 12 && LEGAL_HEADER.test(t)) return 'disclaimer';
  return null;
}

/** True when a line opens a block of related links (a header such as "Recent News"). */
export function isRelatedHeader(f: LineFeatures): boolean {
  return f.words <= 10 && RELATED_HEADER.test(f.text);
}
