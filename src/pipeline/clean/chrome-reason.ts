import { MONTH_ALTERNATION } from '../../utils/month-names.ts';
import { isDateStrip } from './date-strip.ts';
import { isLocalRelatedHeader, localChromeReason } from './local-chrome.ts';
import { lineFeatures, type LineFeatures } from './line-features.ts';
import { STOPWORDS } from './stopwords.ts';

/**
 * Page-chrome patterns. Each rule names the reason code it yields and only
 * fires on lines short enough to be chrome: article prose with a little chrome
 * glued to it stays content. Every regex is anchored or bounded so that it runs
 * in linear time on the (already capped) examined text.
 */

const SOCIAL_NETWORKS = 'twitter|facebook|instagram|linkedin|x|tiktok|youtube|threads|bluesky|mastodon|whatsapp|telegram|reddit|pinterest|flipboard|google news|snapchat';

const BUTTON = /^(?:no,? thanks?(?: you)?|not now|maybe later|accept(?: all)?(?: cookies)?|reject(?: all)?|decline|i agree|agree|ok(?:ay)?|got it|close|dismiss|allow|block|subscribe(?: now)?|(?:start (?:a |your )?)?free trial|[+…]\s*(?:follow|see more|show more)|read in (?:the )?app|read on (?:x|twitter|threads|bluesky|mastodon|the web)|explore more|feedback|continue reading|contact the author|send any friend a story|leave a reply(?: cancel reply)?|δ|save as pdf|pin it(?: for later)?|full version|text-only version|view source|try (?:it )?(?:for )?free|my account|prenumerera|bli prenumerant|s['’]abonner|suscribirse|assine|abbonati|sign (?:up|in)(?: now)?|log ?in|log ?out|register|continue|cancel|manage (?:preferences|settings|cookies|choices)|cookie settings|settings|search|menu|open menu|close menu|skip to (?:main )?content|skip navigation|back to top|listen to (?:this )?article|print(?: this article)?|email|e-mail|share|tweet|save|saved|copy link|link copied|comments?|\d+ comments?|show comments|view comments|key events|jump to (?:recipe|comments|content|section|video)|(?:print|save|rate|pin) (?:this )?recipe|reuse this content|republish(?: this (?:article|story))?|read later|key event|copy|download(?: (?:audio|video|pdf|mp3|episode))?|like|liked|unlike|restack|reply|upvote|downvote|show less|see less|see more|story continues|see all (?:responses|replies|comments)|(?:responses|replies|comments) \(\d+\)|start writing|unsubscribe|update (?:your )?(?:email )?preferences|view (?:this email )?in (?:your )?browser|type your email(?:\.{3}|…)?|member-only story|level \d+|newsletters?|play video|watch video|now playing|open in (?:the )?app|manage consent|cancel reply|pin(?: it)?|sections|rate this (?:article|story|recipe|post)|copy (?:url|article link)|share (?:on|via|to)\s*:?|expand all|collapse all|pinned(?: post)?|refresh for updates|auto-?update(?:s)?(?: on| off)?|loading (?:more )?(?:posts|updates|entries|comments|stories)(?:\.{3}|…)?|send flowers|sign (?:the|our) guest ?book|playback speed|▶?\s*play (?:episode|audio|podcast|now)|accepteren|alles accepteren|weigeren|alles weigeren|instellingen|inloggen|uitloggen|abonneren|zoeken|delen|meer lezen|lees meer|godkänn|godkänn alla|acceptera(?: alla)?|avvisa|neka|inställningar|logga in|logga ut|sök|läs mer|dela|accepter(?: alle)?|afvis|godta|aksepter|avslå|log ind|logg inn|søg|søk|læs mere|les mer|del|aceitar(?: todos)?|rejeitar|recusar|partilhar|compartilhar|entrar|assinar|pesquisar|leia mais|akceptuję|odrzuć|zaloguj|udostępnij|czytaj więcej|bookmark(?:ed| this(?: article| story)?)?|add bookmark|save for later|explore more on these topics|show (?:\d+ )?(?:more|new|all|older|newer|latest|key events only)(?: updates?| posts?| comments?| replies| entries| events)?|refresh|leave a comment|load more|see more|show more|more|next|previous|prev|home|top|edition|expand|collapse|enlarge|enlarge this image|click to enlarge|view gallery|gallery|play|pause|watch|listen|video|audio|loading\.*|toggle navigation|navigation|main menu|submit|go|yes|no|key events only|gift (?:this )?article|give this article|save (?:this )?(?:article|story)|saved articles|follow(?: this)?(?: topic| author| us)?|unfollow|add topic|add to (?:my )?(?:list|reading list)|listen(?: to (?:this )?(?:article|story))?\s*[·•|-]?\s*\d+(?::\d{2})?\s*(?:min(?:s|utes?)?)?|view (?:this )?post on (?:instagram|facebook|x|twitter|tiktok|threads)|view this post on instagram|watch on youtube|click to expand|tap to expand|see (?:the )?full (?:image|gallery)|add a comment|post a comment|sort by:?(?: \w+)?|swipe(?: for more)?|close gallery|open gallery|view (?:all )?(?:photos|images|slideshow)|(?:show|view) (?:caption|transcript)|hide caption|partager|partagez|commenter|commentaires?|réagir|s'inscrire|s’inscrire|se connecter|connexion|se déconnecter|accepter|tout accepter|refuser|tout refuser|paramétrer|personnaliser|suivant|précédent|accueil|rechercher|fermer|lire la suite|compartir|comentarios?|comentar|iniciar sesión|registrarse|suscríbete|aceptar|rechazar|configurar|siguiente|anterior|portada|inicio|buscar|cerrar|leer más|teilen|artikel teilen|kommentare?|kommentieren|anmelden|abmelden|registrieren|abonnieren|akzeptieren|alle akzeptieren|ablehnen|einstellungen|weiter|zurück|startseite|suche|schließen|mehr lesen|weiterlesen|condividi|commenti|accedi|iscriviti|accetta)[.!]?$/i;

const PROMPT = new RegExp(
  [
    'notify you',
    '(?:turn on|enable|allow|disable|get|receive) (?:browser |push |desktop )?notifications',
    'join (?:our|the) (?:whatsapp|telegram|signal|viber|discord) (?:channel|group|community|server)',
    'notifications at any time',
    'breaking news alerts',
    '\\bsign up (?:for|to)\\b',
    '\\bsubscribe (?:to|for|now|today)\\b',
    '\\bnewsletter\\b',
    'delivered (?:straight |right )?to your (?:email )?inbox',
    '(?:straight|right|directly|direct) to your (?:email )?inbox',
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
    '(?:turn on|enable|activate|switch on) javascript',
    'javascript (?:is )?(?:required|disabled|needed)',
    'ad ?blocker',
    'consider (?:a |an )?(?:paid )?(?:subscription|subscribing|donation|donating|becoming a (?:member|subscriber|supporter|patron)|supporting (?:us|our))',
  ].join('|'),
  'i',
);

/**
 * Calls to the reader to write in, tag, rate or open the app or browser
 * version ("Have an opinion? Write to us at …", "Did you make this recipe? Tag
 * @…"). They count only on short lines that quote nobody: a source may say
 * "people write to us" inside a paragraph.
 */
const READER_CALL = new RegExp(
  [
    // Imperatives open the line or follow a question ("Have an opinion? Write to us").
    "(?:^|[.?!:]\\s+)(?:write to us|send (?:it|them|yours|your \\w+) (?:in )?to us|e-?mail us\\b|(?:tag|mention) @\\w|get the (?:[a-z][\\w'’-]*\\s+){1,4}app\\b)",
    '\\?\\s+(?:e-?mail|write to|send|tell|contact|call|text|message)\\b',
    'you (?:received|are receiving|got) this (?:e-?mail|newsletter|message)',
    'trouble viewing this (?:e-?mail|newsletter|message)',
    'open (?:it|this (?:e-?mail|newsletter)) in (?:your|a) (?:web )?browser',
  ].join('|'),
  'i',
);
const QUOTATION = /["“”«»„]/u;

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
const PAYWALL = /^(?:got|have) a (?:news )?(?:story|tip)\b|^(?:got|have) an? (?:[\p{L}-]+ ){1,3}(?:story|tip)s?\b[^.!?]{0,40}\?|(?:^|[.!?]\s+)(?:donate|give|make a (?:tax-deductible |one-time |monthly )?(?:donation|gift)) (?:today|now|here)\s*[.!]?$|^already (?:a (?:subscriber|member)|have an account|registered)\b.{0,30}$|^download (?:the |our )?(?:press kit|pdf|file|full (?:report|release)|(?:high-res(?:olution)? )?(?:images?|photos?|logos?))\b|\b(?:for subscribers only|subscribers? only|subscriber[- ]exclusive|exclusive to subscribers|(?:this|the) (?:article|story|content) is (?:for|reserved for|available to|only available to) (?:paying )?(?:subscribers|members)|subscribe to (?:continue|read|keep reading|unlock)|to (?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in|register|become a (?:subscriber|member))|réservé aux abonnés|exclusivo para suscriptores|nur für abonnenten)\b/iu;

const ADDRESSES_READER = /\b(?:you|your|yours|us|our|vous|votre|vos|nous|notre|nos|tu|tus|usted|nuestro|nuestra|nuestros|você|vocês|sua|seu|suas|seus|nossa|nosso|nossas|nossos|vostro|vostra|nostro|nostra|tuo|tua|sie|ihr|ihre|ihren|wir|unser|unsere|unseren)\b|^(?:abonnez|recevez|inscrivez|suscr[íi]bete|rec[íi]be|abonnieren|erhalten)|^(?:sign|subscribe|get|enter|turn|want|join|download|click|tap|read|don'?t|never|stay|support|become|register|log|create|allow|enable|disable|accept|manage|please|thank|thanks|have|send|report)\b/i;

const AD = /^(?:[-–—(\[]\s*(?:advertisement|advertising|ad|sponsored|story continues below|article continues below)\s*[-–—)\]]|continue reading the main story|(?:this )?content (?:is )?(?:provided|paid for|produced) by (?:our )?(?:partner|sponsor|advertiser)s?\b.{0,40}|from our (?:sponsors|partners|advertisers)|(?:sponsored|promoted|ad)\s*[|·•:]\s*\S.{0,40}|\S.{0,40}\s[|·•]\s*(?:sponsored|promoted|ad)|(?:advertisement|advertising|ad)\s*[-–—:|·]\s*(?:scroll|continue|story|article|content)\b[^.]{0,40}|ad feedback|ad ?choices|(?:report|close|skip|hide) (?:this )?ad|advertisement|advertising|ads?|sponsored|sponsored (?:links?|content|stories|by \S.*)|promoted(?: stories| content| links)?|paid (?:post|content|partnership)|partner content|presented by \S.*|story continues (?:below|after)(?: (?:the|this))? ad(?:vertisement)?|article continues (?:below|after)(?: (?:the|this))? ad(?:vertisement)?|continue reading (?:below|after)(?: the)? ad(?:vertisement)?|scroll (?:down )?to continue(?: (?:with|reading)(?: content)?)?|(?:story|article|content|text|post) continues (?:below|after (?:the )?(?:ad|advertisement|video|break))|continue reading below|continues below|ads? by \S+|recommended by \S+|remove ads|publicité|publicidad|anuncio|anzeige|werbung|pubblicità|advertorial|sponsorisé|patrocinado|gesponsert|advertentie|annons|annonse|reklame|reklam|publicidade|reklama|gesponsord|sponsrat)[.:]?$/i;

const RELATED_HEADER = /^(?:related(?: articles?| stor(?:y|ies)| content| coverage| posts| news| reading| links| topics| videos?| research| reports?| publications| guides| episodes| podcasts| reviews| features| interviews| events| listings| galleries| explainers| products)?|(?:more|other) [a-z-]+ guides|(?:featured|trending|latest|more|top) videos?|read (?:more|next|also|this next)|see also|more (?:from|on|about|in|stories|news|coverage|to read|like this)\b.{0,60}|more (?:interviews|episodes|letters|reviews|columns|galleries|videos|podcasts|features|obituaries|recipes|opinion|analysis|explainers|guides|fact checks)|recommended(?: for you| stories| reading| articles| videos)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in|have missed)|popular (?:on|in|now|stories|articles|posts)\b.{0,60}|most (?:read|popular|viewed|shared|commented)\b.{0,30}|trending(?: now| stories| topics| news| on \S.*)?|recent (?:news|posts|stories|articles|updates|coverage)|latest (?:news|stories|articles|posts|headlines|videos)\b.{0,30}|top (?:stories|news|headlines)|editor'?s? (?:picks|choice)|further reading|what to read next|also read|must read|don'?t miss\b.{0,40}|in case you missed it|keep reading|up next|watch next|more videos|around the web|from (?:our|the) partners|elsewhere on \S.*|tags?|topics|suggested (?:topics|reading|articles|stories|videos)|(?:explore|more|related) topics|filed under|categories|notes? (?:to|for) editors?|sources|sources and references|references|credits|associated links|useful links|external links|more galleries|more (?:photo )?galleries|related (?:tickers|quotes|companies|symbols|galleries)|(?:media|press|investor|news) (?:contacts?|enquiries|inquiries)|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|les plus lus|dans la même rubrique|noticias relacionadas|te puede interesar|lo más leído|lea también|más noticias|lesen sie auch|mehr zum thema|meistgelesen|das könnte sie auch interessieren|weitere artikel|leggi anche|più letti|相关新闻|相关阅读|推荐阅读|热门文章|热点新闻|関連記事|おすすめ記事|meest gelezen|lees ook|lees meer|ook interessant|mest lästa?|läs också|läs mer|mest leste?|les også|mest læste|læs også|leia também|mais lidas|veja também|czytaj (?:także|też)|najczęściej czytane|zobacz (?:także|też))\s*:?(?:\[edit\])?$/i;

const RELATED_PREFIX = /^(?:tags?|topics|keywords|interactive|read (?:this (?:article|story) )?in [a-zà-ÿ]+|lire en [a-zà-ÿ]+|leer en [a-zà-ÿ]+|leia em [a-zà-ÿ]+|ler em [a-zà-ÿ]+|auf [a-zà-ÿ]+ lesen|leggi in [a-zà-ÿ]+|related|read more|read also|also read|see also|more|recommended|watch|read|listen|don'?t miss|must read|read next|up next|lire aussi|à lire aussi|a lire|voir aussi|lea también|leer más|lee también|ver también|lesen sie auch|mehr dazu|mehr zum thema|te puede interesar|también te puede interesar|lire également|à lire également|leia mais|ti potrebbe interessare|potrebbe interessarti|leggi anche|lees ook|lees meer|läs också|läs mer|les også|læs også|leia também|veja também|czytaj (?:także|też)|zobacz (?:także|też))\s*[:|»›>-]\s*\S/i;

const SOCIAL_FOLLOW = new RegExp(`(?:^|[.!?]\\s+)(?:follow|like|join|find|connect with|subscribe to|tag|mention|share (?:it|your \\w+) with) (?:us|me|him|her|them|[^.!?]{1,80}?) on (?:${SOCIAL_NETWORKS})\\b`, 'i');
/** "Jane Doe at Riverside Park", "John Roe in Kyiv": a byline with the reporter's whereabouts. */
const NAME_AT_PLACE = /^(?!(?:[Dd]ie|[Dd]er|[Dd]as|[Tt]he|[Ll]a|[Ll]e|[Ll]es|[Ee]l|[Ii]l|[Ll]o|[Hh]et|[Dd]en|[Dd]et|[Ll]os|[Ll]as)\s)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u;
const SOCIAL_SHARE = new RegExp(`^(?:share|post|send|pin|email|partager|partagez|envoyer|compartir|comparte|enviar|teilen|senden|condividi|inviare)(?: this| it| cet article| l'article| este artículo| la noticia| den artikel| artikel)?(?: (?:article|story|post|page))? (?:on|via|to|with|sur|par|en|por|auf|per|via|su|mit) (?:${SOCIAL_NETWORKS}|email|e-mail|courriel|correo(?: electrónico)?)\\b`, 'i');
const SOCIAL_WORDS = new RegExp(`\\b(?:${SOCIAL_NETWORKS}|email|print|copy link|whatsapp|share)\\b`, 'gi');

const COPYRIGHT = /^(?:©|\(c\)|copyright\b|all rights reserved|版权所有|著作権)|©\s?\d{4}|copyright\s+(?:©\s*)?\d{4}|all rights reserved|tüm hakları saklıdır|všechna práva vyhrazena|kaikki oikeudet pidätetään|alle rettigheder forbeholdes|alle rettigheter reservert|alla rättigheter förbehållna|tots els drets reservats|toate drepturile rezervate|minden jog fenntartva|με επιφύλαξη παντός δικαιώματος|may not be (?:published|reproduced|broadcast|redistributed)/i;

/** Single section names set apart by spaced slashes ("Companies / Mining", "News / Local / Courts"): a breadcrumb, not a credit. */
const SLASH_BREADCRUMB = /^\p{Lu}\p{Ll}+(?: \/ \p{Lu}\p{Ll}+)+$/u;
const CREDIT_SLASH = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s?\/\s?[\p{Lu}\p{N}][\p{L}\p{N} &.'’-]{1,40}$/u;
const CREDIT_VIA = /\bvia (?:getty(?: images)?|reuters|ap|afp|epa|shutterstock|unsplash|pexels|wikimedia(?: commons)?|flickr|twitter|instagram|facebook|youtube|alamy|istock|[a-z]+ (?:images|photos|pictures))\)?\.?$/i;
const CREDIT_LABEL = /^[([]?(?:bildrechte|bildquelle|crédit photo|crédito|credito|photo(?:graph)?s?|photo illustration|foto(?:s|grafía|grafia)?|bild|imagen|immagine|zdjęcie|kuva|images?|pictures?|credits?|photo credits?|image credits?|image source|illustration|graphic|video|top image|header image|featured image|lead image|main image|cover image)\s*(?:by\b|:|credit\b|courtesy\b|©)/i;
const CREDIT_AGENCY = /\b(?:getty images|shutterstock|istock(?:photo)?|afp|ap photo|associated press|reuters|epa(?:-efe)?|alamy|unsplash|pexels|pool photo|handout|courtesy(?: of)?|wikimedia commons|creative commons|cc by(?:-sa)?)\b/i;
const CREDIT_PAREN = /^\((?:photo|image|picture|credit|source|courtesy)[^()]{0,120}\)$/i;

const STOCK_PHOTO = /^note (?:for|to) (?:inspectors|editors|reviewers)\b|\b(?:stock (?:photo|image|footage)|model released|property released|editorial use only|for illustrative purposes(?: only)?|file photo:?$|illustration purposes only|image for representation)\b/i;
const IMAGE_FILE = /(?:^|\s|\/)[\w.-]{1,200}\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)(?:\?\S{0,300})?$/i;
const MARKDOWN_IMAGE = /^!\[[^\]]{0,500}\]\([^)]{0,2000}\)\s*$/;
const MARKDOWN_LINK_ONLY = /^(?:[-*+]\s+)?\[[^\]]{0,500}\]\([^)]{0,2000}\)\s*$/;
const IMAGE_COUNTER = /^(?:image|photo|slide|picture)?\s*\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i;
/** A gallery's or picture's own button or label ("Photo gallery (12 photos)", "Expand image"). */
const IMAGE_LABEL = /^(?:(?:photo|picture|image) gallery(?:\s*\(\d{1,4} (?:photos|pictures|images)\))?|(?:expand|enlarge|zoom|view|open|close) (?:the )?(?:image|photo|picture)s?|\d{1,4} (?:photos|pictures|images))$/i;

/** An embedded social post's chrome ("A post shared by Jane (@jane)"). */
const EMBED = /^(?:a post shared by\b.{0,80}|view (?:this|more) (?:post|on) (?:on )?(?:instagram|tiktok|facebook|threads|x)\b.{0,40}|watch on (?:youtube|tiktok|vimeo)|(?:embedded|embed) (?:video|content|post)\b.{0,40})$/i;
/** The header of a reader comment section: everything after it, at the foot of a page, is readers' talk. */
export const COMMENTS_HEADER = /^\d{1,5} (?:thoughts|responses|comments|replies|reactions) (?:on|to)\b.{0,200}$|^(?:guest ?book|condolences|tributes)(?: entries| messages)?(?:\s*\(\d+\))?$|^(?:sign|view|read) (?:the|our) guest ?book$|^(?:\d+\s+)?(?:reader )?(?:comments?|responses|replies|discussion)(?:\s*\(\d+\))?(?:\s+\d+)?\s*:?$|^(?:leave|post|add|write) (?:a |your )?(?:comment|reply|response)\b.{0,40}$|^(?:join|start) the (?:conversation|discussion)\b.{0,40}$|^(?:comments are (?:closed|open)(?: (?:for|on) this (?:article|story|post|column|page))?\.?|most (?:popular|recent) comments|what (?:do )?(?:you|readers) (?:think|say)\??|what (?:readers|people|you) (?:are saying|said)|commentaires(?:\s*\(\d+\))?|comentarios(?:\s*\(\d+\))?|kommentare(?:\s*\(\d+\))?)\s*$/i;

const BIO = /^(?:about the author:?\s*)?(?![\p{Lu}][\p{L}'’-]+\s+(?:covers|reports on)\s)[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+(?:has (?:been )?(?:writing|covering|reporting|written|worked)|is (?:a|an|the|our|\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,4}['’]s) (?:[\p{L}-]+ ){0,4}(?:writer|reporter|editor|journalist|correspondent|columnist|contributor|producer|blogger|author|freelancer|analyst|critic|photographer)\b|writes about|covers\s|reports on|joined (?:the )?[\p{Lu}][\p{L}]+ in \d{4}|leads (?:the |our )?[^.]{0,40}\b(?:team|desk|unit)\b|joined the (?:paper|newsroom|desk|team|staff)\b)/u;
const ABOUT_AUTHOR = /^(?:about the author|about the writer|author bio|more (?:articles|stories|posts) by|view all (?:posts|articles|stories) by|see all (?:posts|articles|stories) by|all posts by)\b/i;

const DISCLAIMER = /^(?:this|the) (?:article|story|text|piece|audio|translation|summary)\b.{0,60}\b(?:translated|generated|narrated|produced|read aloud|voiced)\b.{0,40}\b(?:automated|artificial intelligence|ai|machine|synthetic|text-to-speech)\b|^audio (?:for|of) this (?:article|story|piece)\b|affiliate (?:links?|commissions?|partnerships?)|(?:may|might) (?:earn|receive|get) (?:a |an )?(?:small )?(?:share|commission|compensation)|independent of our parent company|(?:selected|chosen|curated) (?:independently )?by our (?:editorial team|editors)|views expressed (?:here |in this (?:article|piece|column|op-ed|commentary|essay|post) )?are (?:those|solely)|does not (?:necessarily )?reflect the (?:views|opinions)|this (?:article|story|post|piece) (?:originally |first )?(?:appeared|was (?:originally |first )?published) (?:first )?(?:on|in|at|by)|the post .{1,300} appeared first on|this is a developing story|not (?:intended as|to be construed as) (?:financial|legal|medical|investment) advice|we are reader-supported|readers? support|(?:our|this) (?:journalism|reporting|newsroom) is (?:funded|supported|made possible) by\b|forward-looking statements? (?:within|that|which|are|involve)|(?:this|the) (?:article|story|piece|feature) (?:appears|appeared|will appear) in (?:the |our )|market data (?:provided|powered|delayed)|quotes (?:are )?delayed|(?:data|prices) delayed (?:by |at least )?\d|our standards:|trust principles|for (?:general )?informational purposes only|does not constitute (?:an? )?(?:investment|financial|legal|medical|tax) advice|\bis an? (?:editorially )?independent,? (?:non-?profit |nonpartisan )*(?:publication|newsroom|news ?room|news organi[sz]ation|news site)\b|\bis an? (?:non-?profit|nonpartisan),? (?:independent )?(?:newsroom|news ?room|news organi[sz]ation|publication)\b|we(?:'|’)d (?:like|love) to hear what you think|\b(?:views|opinions) expressed\b.{0,60}\bare (?:those|solely|the (?:author|writer|columnist)|(?:his|her|their) own)|\bis based on (?:material|information|a (?:press |news )?release)s? (?:supplied|provided|issued) by\b|^source:\s+[^.]{1,80}\b(?:press|news|media) release\.?$|\btranscripts? (?:is|are|was|were|has been) (?:created|produced|generated|prepared|made)\b|\bmay not be in (?:its|their) final form\b|\b(?:travelled|traveled|stayed|was hosted) (?:as (?:a |the )?guests? of|courtesy of|with (?:the )?support (?:of|from))\b|\b(?:trip|travel|stay|visit) was (?:paid for|provided|funded|arranged|supported) by\b|\bnot (?:a )?substitute for (?:professional )?(?:medical|legal|financial|investment) advice\b|^(?:this (?:article|page|information) is )?for information(?:al purposes)? only\b|\bthanks to (?:readers|supporters|members|listeners|viewers) like you\b|\bis (?:funded|supported|paid for|made possible) (?:entirely |mostly |largely )?by (?:its |our )?(?:readers|members|subscribers|listeners|donors)\b|^support (?:our|independent|local) (?:work|journalism|reporting)\.?$|^our (?:ratings?|rating scale|verdicts?) (?:explained|legend|scale)\b|^for the latest (?:news|headlines|updates)\b.{0,120}\b(?:head to|visit|go to|download|follow)\b|^do you have (?:information|a tip|a story|something to share)\b.{0,160}\b(?:email|contact|reach|tell) us\b|\b(?:contributed|added) (?:reporting|to this (?:report|story|article))\.?$/i;

/**
 * A note that the page's own text was made or changed by a machine ("This
 * page has been translated automatically.", "This text was produced by optical
 * character recognition…", "(This story … is auto-generated from a syndicated
 * feed.)"): it speaks of "this" text, so a report about such tools is not taken.
 */
const MACHINE_NOTE = /^\(?this (?:article|story|text|piece|page|post|content|translation|summary|transcript)\b[^.!?]{0,120}\b(?:automatic(?:ally)?|automated|auto-?generated|machine(?:-translated)?|artificial intelligence|AI|synthetic|text-to-speech|optical character recognition|OCR|syndicated feed)\b/iu;

const BYLINE = /^(?:by:?|words:|text:|words and (?:photos|pictures|photographs|images)(?: by)?|written by|words by|story by|reporting by|report by|posted by|published by|interview by|interviewed by|text by|photos? by|(?:recipe|analysis|review|column|video|illustrations?|photographs?|words and pictures|graphics?) by|author:?|authors:?|byline:?|von|par|por|door|av|af|di|autor:?|autorka:?|yazar:?|szerző:?|kirjoittaja:?|skrifað af|avtor:?|autorius:?)\s+(?:[\p{Lu}@]|u\/\w)/iu;
/** A person's name followed by a separator and a date or reading time ("Jane Doe | March 3, 2021", "Jane DoeMar 3, 2021"). */
const NAME_THEN_SEPARATOR = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*(?:[|·•,]|\s[-–—])\s*|(?<=\p{Ll})(?=\p{Lu}\p{Ll}{2}\.?\s\d))/u;
const DATE_START = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|updated|published|posted)/i;

/** True for a name followed by a date ("Jane Doe | March 3, 2021", "Jane DoeMar 3, 2021"). */
function isNameThenDate(t: string): boolean {
  const m = NAME_THEN_SEPARATOR.exec(t);
  return m !== null && DATE_START.test(t.slice(m[0].length));
}
const EDITED = /^(?:this (?:article|story|piece|report|post) (?:was|has been) )?(?:(?:medically|clinically|expert|legally) (?:reviewed|checked|verified) by|edited by|translated (?:from [a-zà-ÿ]+ )?by|translation by|editing by|editor:|reviewed by|fact[- ]checked by|compiled by|additional reporting by|with reporting by|contributed reporting)\s*\S/i;
const WIRE_FOOTER = /^\(?\s*(?:reporting|writing|editing|additional reporting)\s+by\b[^()]{0,300}\)?\.?$/i;

/** Month names of every language the archive reads (`utils/month-names.ts`), then an abbreviation's full stop. */
const MONTH = `(?:${MONTH_ALTERNATION})\\.?`;
/** Weekday names, short or long, in English, French, Spanish, Portuguese, German and Italian. */
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|segunda|terça|terca|quarta|quinta|sexta|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap)(?:-feira)?\\.?,?\\s+';
const DATE_CORE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?${MONTH}(?:\\s+de)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:[t ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}\\.\\s\\d{1,2}\\.\\s\\d{4}|\\d{4}\\.\\s?${MONTH}\\s\\d{1,2}\\.|\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日)`;
const TIME = '(?:(?:à|a las|um|at|om|kl\\.?|klo|godz\\.?)\\s+)?(?:\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)(?:\\s*(?:uhr\\s+(?:mesz|mez)|[a-z]{2,4}t|utc|gmt|et|pt|ct|mt|bst|cet|ist|sast|eat|wat|mesz|mez|uhr|h)\\b(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?';
const TIMESTAMP = new RegExp(
  `^(?:(?:published|updated|posted|last updated|(?:page )?last reviewed|reviewed|next review(?: due)?|last modified|first published|modified|created|date|publié|mis à jour|actualisé|publicado|actualizado|veröffentlicht|aktualisiert|stand|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|opublikowano|zaktualizowano|publicada|actualizada|modifié|aktualizováno|publikováno|päivitetty|julkaistu|güncelleme|güncellenme|yayınlanma|actualitzat|publicat|actualizat|sist oppdatert|sist endret|senast uppdaterad|aktualizacja|frissítve|közzétéve|ενημερώθηκε|δημοσιεύθηκε|printed|on|le|am)(?: on| a| at| le| el| am| il| em| op| den)?\\s*(?:[:–—-]\\s*)?)?` +
    `(?:\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+)?,\\s+)?` +
    `(?:${WEEKDAY})?(?:${DATE_CORE}|${TIME}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?=\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?))` +
    `(?:\\s*(?:,|at|on|\\||·|•|\\/|-|–|—)?\\s*(?:${WEEKDAY})?(?:${TIME}|${DATE_CORE}))?` +
    `(?:\\s*(?:,|\\||·|•|-|–|—)?\\s*(?:\\d+\\s*(?:min(?:ute)?s?\\.?\\s*read|minuti di lettura|min(?:utes?)?\\.? de lecture|minutos? de lectura|minutos? de leitura|min\\.? lesezeit)|(?:last )?(?:updated|mis à jour|modifié le|actualizado|aktualisiert|atualizado|aggiornato|bijgewerkt|uppdaterad|oppdatert|opdateret|zaktualizowano) .{0,40}))?\\s*$`,
  'iu',
);
const TIMESTAMP_INSIDE = new RegExp(`${DATE_CORE}|\\d+\\s*min(?:ute)?s?\\.?\\s*read|${MONTH}\\s+\\d{1,2}\\b`, 'i');
/** A letter's salutation ("Dear Margot,", "Hi everyone,"): it opens the letter's text. */
export const SALUTATION = /^(?:[Dd]ear(?:est)?|[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:morning|evening))(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:\s+(?:all|everyone|readers|friends))?,$/u;
/** A review's star rating ("★★★★☆", "★★★½"): part of the review. */
export const REVIEW_STARS = /^(?:[★☆✩✪✫✭✮✯⭐]\s?){3,5}½?$/u;
/** A life span under an obituary's headline ("1931–2025", "(b. 1931 – d. 2025)"). */
export const LIFE_SPAN = /^\(?(?:b\.\s*)?\d{4}\s*[–-]\s*(?:d\.\s*)?\d{4}\)?$/;
/** A dateline set on its own line above the first paragraph ("PELLHAM —", "KYIV, Ukraine —"). */
export const DATELINE_ALONE = /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L} .]{1,30})?(?:,?\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\(\p{Lu}[^()]{0,20}\))?\s*[—–-]$/u;
/** A dateline in capitals glued to the byline above it ("By Jane DoeKYIV, March 3, 2025 —"): the line opens the story. */
const GLUED_DATELINE = /\p{Ll}\p{Lu}{2,}[\p{Lu} .'’-]*,\s*[^—–]{1,40}[—–-]$/u;
/** A dateline that runs on into the first sentence ("KYIV, March 3, 2025 — The ministry said …"). */
export const DATELINE_RUNS_ON = /^\p{Lu}[\p{Lu} .'’-]{1,40},[^—–]{1,40}\s[—–-]\s+\S+(?:\s+\S+){3,}/u;
/** A bare clock time ("11:42 p.m.", "12:05") or a match minute ("78'", "90+3'"): a live entry's stamp, kept inside a body. */
export const TIME_ONLY = /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|\d{1,3}(?:\+\d{1,2})?['’′])(?:\s*(?:[a-z]{2,4}t|utc|gmt|et|pt|ct|bst|cet))?$/i;
const READ_TIME = /^(?:\d{1,2}\s*[–-]\s*\d{1,2}\s+minutes|\d{1,3}\s*(?:min(?:uten|uter|utter|uty|ute)?\.?|perc|λεπτά|λεπ\.?)\s+(?:leestijd|lezen|läsning|lästid|lesing|lesetid|læsetid|czytania|de lectura|de citire|citire|olvasás|olvasási idő|ανάγνωσης|ανάγνωση)|\d+\s*(?:min(?:ute)?s?\.?|m)\s*(?:read|listen|de lecture|lectura|lesezeit|lettura)|(?:reading time|listen(?:ing time)?|lecture|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|lesezeit|lesedauer|leestijd|lästid|lesetid|læsetid|czas czytania)\s*[:·•|-]?\s*\d+\s*(?:min(?:ute)?s?|minuten|minuter|minutter|minut|minuty|minutos|minuti)\.?|(?:updated|published|posted) (?:\d+ \w+ )?ago)$/i;

/** "Jane Doe, Staff Writer", "John Roe, Court Reporter": a name and a newsroom role. */
const NAME_ROLE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:,|\s[·•|–—-])\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|critic|producer|photographer|staff|intern|reporting fellow)s?$/iu;
/** A person's name and the outlet they write for, set apart by a dot or bar ("Kiri Hamerton · CBN News ·", "Jo Roe | The Kelby Herald"). */
const NAME_AND_OUTLET = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[·•|]\s*(?:The\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}(?:News|Herald|Times|Post|Gazette|Chronicle|Journal|Tribune|Courier|Ledger|Observer|Standard|Sentinel|Monitor|Daily|Weekly|Press|Wire|Radio|TV|Record|Echo|Mail|Express|Telegraph|Guardian|Independent|Mercury|Argus|Examiner|Advertiser|Dispatch|Bulletin|Voice)(?:\s*[·•|])?$/u;
/** A chat message's header: the poster's name and the time ("Priya Raman  10:42", "Owen Hartley · 10:44 AM"). */
const CHAT_HEADER = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}(?:\s{2,}|\s[·•|—–-]\s)\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$/u;
/** A newsroom role alone on its line, under the name it belongs to ("Rugby league reporter", "Political correspondent"). */
const ROLE_ALONE = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s+(?:reporter|correspondent|writer|columnist|critic|editor)s?$|^(?:reporter|correspondent|columnist|critic)$/iu;
/** "Tomas Brandt for Altitude": a photographer's credit line. */
const NAME_FOR_OUTLET = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}\s+for\s+(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}$/u;
/** An audio player's speed selector ("1x", "Speed 0.75x 1x 1.25x 1.5x"). */
const PLAYBACK_SPEED = /^(?:(?:playback )?speed:?\s*)?(?:[×x]?\d(?:[.,]\d{1,2})?\s?[x×]?\s*){0,7}\d(?:[.,]\d{1,2})?\s?[x×]$/i;
/** A stock quote widget: a ticker symbol ("NRVK.OL") or a price with its currency code ("NOK 214.60", "46.92 EUR"). */
const TICKER = /^[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,3}$/;
const PRICE = /^(?:[A-Z]{3}\s?[\d,]{1,12}[.,]\d{2,4}|[\d,]{1,12}[.,]\d{2,4}\s?[A-Z]{3})$/;
/** Pagination between pictures or pages ("‹ Previous   Next ›", "Next image"). */
const PAGER_WORD = '(?:previous|prev|older|newer|next|précédent|suivant|anterior|siguiente|zurück|weiter|precedente|successivo)(?: (?:page|image|photo|picture|slide|article|story|post|item))?';
const PAGER = new RegExp(`^(?:[‹«←<]\\s*)?${PAGER_WORD}(?:\\s*[›»→>])?(?:\\s*[|/·•]?\\s*(?:[‹«←<]\\s*)?${PAGER_WORD}(?:\\s*[›»→>])?)?$`, 'i');
/** A single breadcrumb step ("News › Local Politics"). */
const BREADCRUMB_STEP = /^\p{Lu}[\p{L}&'’ -]{0,30}\s[›»>]\s\p{Lu}[\p{L}&'’ -]{0,30}$/u;
/** Words that name a news site's sections: a strip made mostly of them is the site menu. */
const SECTION_WORDS = new Set(
  (
    'home news sport sports business politics world opinion opinions culture lifestyle life arts entertainment travel health science tech technology ' +
    'weather video videos podcast podcasts obituaries obits notices farming markets money food style fashion education environment climate local ' +
    'national international economy jobs property homes motoring cars magazine features events sections e-paper epaper enewspaper e-edition newsletters ' +
    'puzzles games crosswords comment analysis investigations media books music film movies tv television classifieds contests deals reviews ' +
    'guides shop donate subscribe login regions region metro nation us uk europe africa asia americas sections latest trending ' +
    // The footer's links.
    'about help status careers press blog privacy terms contact advertise accessibility sitemap cookies legal imprint impressum faq support rss ' +
    'archive archives masthead corrections ethics policy conditions' +
    // Section names in French, Spanish, Italian, German, Portuguese and the Nordic languages.
    ' accueil actualités actualite actualité politique économie economie société societe monde sports régions faits divers justice ' +
    'inicio portada noticias política politica economía deportes opinión internacional sociedad cultura espectáculos ' +
    'cronaca economia spettacoli esteri necrologie regione ' +
    'startseite nachrichten politik wirtschaft kultur meinung panorama wissen ratgeber regional lokales ' +
    'início notícias desporto esportes mundo ' +
    'etusivu uutiset urheilu mielipide kulttuuri nyheder nyheter indland udland kultur debat'
  ).split(' '),
);

/** True for a strip of section names with no sentence in it ("Home News Sport Business Farming Death Notices e-Paper"). */
export function isSectionMenu(f: LineFeatures): boolean {
  if (f.endsSentence || f.stopRatio > 0.2 || f.words > 30) return false;
  const words = f.text.split(/[\s·•|/]+/).map((w) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, '')).filter((w) => w.length > 0);
  // Three section names need explicit separators ("Home · About · Contact").
  if (words.length < (/[·•|]|\s[-–>›»]\s/.test(f.text) ? 3 : 4)) return false;
  const sections = words.filter((w) => SECTION_WORDS.has(w)).length;
  return sections >= 3 && sections * 5 >= words.length * 3;
}

/** A date or time with glued neighbours split apart ("August 14, 20249:27 AM GMT+2Updated 2 hours ago"). */
function unglueDate(t: string): string {
  return t.replace(/((?:19|20)\d{2})(?=\d{1,2}[:.]\d{2})/g, '$1 ').replace(/(?<=[\p{L}\d])(?=(?:Updated|Published|Posted|Modified)\b)/gu, ' ');
}

/** A relative time ("2 hours ago", "Yesterday at 18:40", "hace 3 horas", "vor 2 Stunden", "2 uur geleden"). */
const RELATIVE_TIME = /^(?:(?:updated|published|posted|last updated|päivitetty|julkaistu|güncelleme|aktualizováno|publikováno|uppdaterad|publicerad|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|bijgewerkt|gepubliceerd|oppdatert|publisert|opdateret|udgivet|zaktualizowano|opublikowano|atualizado|aggiornato|pubblicato)\s*:?\s*)?(?:(?:about |an? |\d{1,3}\s*)(?:sec(?:ond)?s?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?)\s+ago|(?:just now|yesterday|today)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?|hace \d{1,3} (?:segundos?|minutos?|horas?|días?)|il y a \d{1,3} (?:secondes?|minutes?|heures?|jours?)|vor \d{1,3} (?:sekunden|minuten|stunden?|tagen?)|\d{1,3} (?:minuten|uur|dagen?) geleden|(?:för )?\d{1,3} (?:minuter|minut|timmar|timme|dagar|dag) sedan|(?:for )?\d{1,3} (?:minutter|timer|dage|dager) siden|há \d{1,3} (?:minutos?|horas?|dias?)|\d{1,3} (?:minut|godzin[ya]?|dni) temu|\d{1,3} (?:minuuttia|tuntia|päivää) sitten|\d{1,3} (?:dakika|saat|gün) önce|před \d{1,3} (?:minutami|hodinami|hodinou|dny))$/iu;

/** "Published 5:03 a.m. Jan. 9, 2025 | Updated 11:30 a.m. Jan. 9, 2025": timestamps side by side. */
function isTimestampPair(t: string): boolean {
  const parts = t.split(/\s+[|·•]\s+/);
  return parts.length >= 2 && parts.length <= 3 && parts.every((part) => TIMESTAMP.test(part));
}

/** A byline that names a newsroom, not a person ("Staff and agencies", "From staff reports", "Web Desk"). */
const NEWSROOM_CREDIT = /^(?:[—–-]\s*)?(?:from |by )?(?:staff(?: and agencies| reports?| writers?| reporter)?|agencies|(?:wire|news) (?:services|reports|staff)|(?:news|web|online|digital|city|metro) ?desk|haber merkezi|redacción|rédaction|redaktion|redazione|redação|toimitus|redaktionen|redakce|redakcja|nieuwsdienst|agencias|agences)\.?$/iu;
/** A shop link under a product ("$399 at Amazon", "See at Walmart", "View deal"). */
const RETAIL = /^(?:(?:[$£€]\s?\d[\d,]*(?:\.\d{2})?|\d[\d,]*(?:\.\d{2})?\s?(?:€|eur|usd|gbp))\s+(?:at|from|@)\s+\p{Lu}[\p{L}&'’. -]{1,30}|(?:see|shop|buy|view) (?:it )?(?:at|on) \p{Lu}[\p{L}&'’. -]{1,30}|check (?:the )?price|buy (?:it )?now|shop now|(?:view|see|get) (?:the )?deals?|see price|compare prices)$/iu;
/** A post's engagement counts ("1.2K", "1.2M views 3 years ago", "230 likes"). */
const ENGAGEMENT = /^\d{1,4}(?:[.,]\d{1,2})?\s?[KkMm]?(?:\s+(?:views?|likes?|comments?|shares?|claps?|responses|replies|reposts?|upvotes?|points|reactions|followers|following|subscribers))?(?:\s*[·•]?\s*\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago)?$/;
/** An email newsletter's or publishing platform's own chrome. */
const PLATFORM = /^(?:discover more from\b.{1,60}|forwarded this (?:email|newsletter)\b.{0,60}|our mailing address is:?|you are receiving this (?:[\p{L}-]+ ){0,3}?(?:email|newsletter|message|alert|because)\b.{0,160}|sent from my (?:iphone|ipad|android|phone|mobile|galaxy|blackberry)\b.{0,30}|(?:view|read|open) (?:this )?(?:email |newsletter |alert |message )?(?:in|on) (?:your |a |the )?(?:web )?browser\b.{0,2100}|why did i get this\??|unsubscribe from this list|add us to your address book)$/iu;
/** A share target standing alone on its line ("Facebook", "WhatsApp", "Copy link"). */
const SOCIAL_ALONE = new RegExp(`^(?:${SOCIAL_NETWORKS}|messenger|sms|e-?mail this|copy link)$`, 'i');
/** A handout or file picture's credit standing alone ("Supplied", "Photo: Handout"). */
const SUPPLIED = /^\(?(?:(?:photo|image|picture)s?\s*:?\s*)?(?:supplied|handout|file photo)\)?\.?$/i;
/** "Contact Jane Doe at jdoe@example.com", "Reach the reporter at 555-0100": how to reach the author. */
const CONTACT_AUTHOR = /^(?:[Cc]ontact|[Rr]each|[Ee]-?mail|[Ww]rite to)\s+(?:the (?:author|writer|reporter|editor)|him|her|them|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:at|on|via|by)\s+\S/u;
/** Notes to the reader that need no "you" to be chrome: feedback, tips, syndication, consent, link targets. */
const READER_NOTE = /^(?:send (?:your |us )?(?:news )?tips? (?:to|at)\b|spott?(?:ed)? (?:an? )?(?:error|mistake|typo)\b|was this (?:article|story|page|information|e-?mail|newsletter|issue) (?:helpful|useful)|originally (?:published|appeared|posted) (?:on|in|at|by)\b|republished (?:with|by) (?:kind )?permission|(?:sign|log) ?in to (?:comment|continue|read|save|reply|post|join)\b|click to (?:share|email|print|tweet|post)\b|we value your privacy|your privacy choices|do not sell (?:or share )?my personal (?:information|data))|\((?:opens|open) in (?:a )?new (?:window|tab)\)$/i;
/** A post's category line ("Posted in Politics", "Category: Local News"). */
const TAXONOMY = /^(?:(?:posted|filed) (?:in|under)\s*:?\s*\p{Lu}.{0,80}|categor(?:y|ies)\s*:\s*\S.{0,80})$/iu;
/** A Chinese or Japanese source, author or editor line ("来源：…", "责任编辑：…"). */
const CJK_CREDIT = /^(?:来源|作者|记者|编辑|责任编辑|文|图|出典|執筆|記者)\s*[:：]\s*\S/u;
/** The label above a press release's issuer ("NEWS PROVIDED BY"). */
export const PROVIDED_BY = /^(?:news |content |story |release )?(?:provided|supplied|distributed|issued) by:?$/i;
/** A share box's label ("Share this article", "Deel dit artikel", "Dela artikeln"). */
const SHARE_LABEL = /^(?:分享到|分享|シェア|share this|like this|share (?:this|the) (?:article|story|post|page|interview|video|gallery|recipe)|deel (?:dit|het) (?:artikel|bericht)|dela (?:artikeln|inlägget)|del (?:artiklen|artikkelen|denne artikkelen)|partilh(?:e|ar) (?:este|o) artigo|compartilh(?:e|ar) (?:esta|a) (?:notícia|matéria)|udostępnij (?:artykuł|ten artykuł)|comparteix|distribuie|megosztás|κοινοποίηση|del artikkelen|dela artikeln|deel dit artikel)\s*:?$/iu;
/** "cookies" with the words of a consent banner, in English or another language the stoplist knows. */
const COOKIE_WORDS = /(?<!\p{L})(?:cookies|galetes|informasjonskapsler|kakor|evästeet|evästeitä|sütiket|sütik|ciasteczka|piškotke|piškotki|küpsiseid|küpsised|sīkdatnes|slapukus|slapukai|kolačiće|kolačići)(?!\p{L})/iu;
const CONSENT_WORDS = /\b(?:we|our|you|your|nous|vous|wir|ihre|sie|stimmen|zustimmen|verwendung|utilizamos|usamos|utilizziamo|wij|onze|u|uw|je|vi|dig|din|ditt|dere|deg|używamy|państwa)\b|(?:website|webs?ite|site|sitio|experience|expérience|experiencia|experiência|erfahrung|ervaring|upplevelse|oplevelse|opplevelse|navigat|browsing|consent|akzeptier|accept|aceit|acept|privacy|privacidad|privacidade|datenschutz|cookiebeleid|cookiepolicy|prywatno)/i;
const CONSENT_WORDS_ALL = new RegExp(CONSENT_WORDS.source, 'gi');

/** True for a cookie-consent banner line: "cookies" and two consent words. */
function isCookieNotice(t: string): boolean {
  return COOKIE_WORDS.test(t) && ((t.match(CONSENT_WORDS_ALL) ?? []).length >= 2 || CONSENT_BUTTON.test(t));
}

/** The button a cookie banner ends with, in the words of languages `CONSENT_WORDS` lacks ("Strinjam se", "Sutinku", "Nõustun"). */
const CONSENT_BUTTON = /(?:^|[.!]\s+)(?:strinjam se|soglašam|sprejmi(?: vse)?|sprejmem|prihvaćam|prihvati(?: sve)?|slažem se|nõustun|nõustu|sutinku|priimti|piekrītu|pieņemt|samþykkja|samþykki|súhlasím|prijať|souhlasím|přijmout(?: vše)?|sunt de acord|accept(?:ă|ați)?(?: tot| toate)?|приемам|съгласен съм|погоджуюсь|прийняти(?: всі)?|đồng ý|chấp nhận|setuju|terima(?: semua)?|cytuno|derbyn(?: y cyfan)?|onartu(?: guztiak)?|naqbel|nakubali|kubali|sang-ayon ako|tanggapin|ek stem saam|aanvaar|elfogadom|hyväksy(?:n)?(?: kaikki)?|kabul et|got it|ok)[.!]?$/iu;

/** A weather widget: a temperature with few function words ("☁ 9°C Light rain", "Hi 11° Lo 5°"). */
const WEATHER = /-?\d{1,3}\s?[°º]\s?[CF]?(?![\p{L}])/u;
const WEATHER_WORD = /\b(?:hi|lo|high|low|max|min|sunny|cloudy|overcast|showers?|rain|drizzle|snow|sleet|fog|mist|clear|windy|thunder(?:storms?)?|partly|mostly|fair)\b|^[^\p{L}\d]*-?\d{1,3}\s?[°º]|[\u2600-\u26ff\u{1f300}-\u{1f32c}]/iu;
/** A market-data strip: a signed percentage change ("BFD 52.31 +1.24%", "FTSE 100 -0.3%"). */
const MARKET_MOVE = /(?:^|\s)[+\-−]\d{1,4}(?:[.,]\d{1,3})?\s?%/u;
/** A page header or footer of a printed document ("Spring Report    Page 3 of 8", "— 8 —"). */
const PAGE_MARK = /(?:^|\s)(?:page|p\.|seite|página)\s*\d{1,4}(?:\s*(?:of|\/|de|von)\s*\d{1,4})?$|[—–-]\s*\d{1,4}\s*[—–-]$/i;
/** A section heading that opens legal or contact boilerplate at the foot of a release. */
const LEGAL_HEADER = /^(?:forward[- ]looking statements?|safe harbou?r(?: statement)?|cautionary (?:note|statement)s?(?: regarding .{1,60})?|disclaimer|legal notice|(?:media|press|investor|news) (?:contacts?|enquiries|inquiries)|source:\s*https?:\/\/\S{1,300}|SOURCE \p{Lu}.{0,80})\s*:?$/iu;

/** A memo or press-release header field ("FROM: Department of Health", "Delivered by: …", "CONTACT: …"). */
const MEMO_FIELD = /^(?:from|to|cc|slug|priority|desk|keywords?|contact|media contact|press contact|delivered (?:by|on)|location|issued by|released by)\s*:\s*\S/i;
/** A press release's or wire story's status line ("For immediate release", "Embargoed until 00:01 GMT", "UPDATE 2-Adds quotes"). */
const RELEASE_MARK = /^(?:for immediate release|immediate release|for release (?:on|at|after)\b.{0,40}|embargoed?(?: until\b.{0,40})?|(?:news|press|media) release|(?:update|refile|corrected|repeat) ?\d{0,2}\s?[-–]\s?(?:adds|updates|recasts|changes|corrects|rewrites|writes through|inserts|removes|fixes|repeats)\b.{0,120})$/i;
/** A newsletter's or show's tagline under its name ("A weekly newsletter from the Ledger", "The Daily Courier podcast"). */
const TAGLINE = /^(?:(?:[Aa]n?|[Tt]he|[Yy]our) (?:[\p{L}'’-]+ ){0,3}(?:newsletter|podcast|briefing|digest|bulletin|round-?up|e-?mail)(?: (?:from|by|of|for) (?:the )?\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,5})?|(?:[Tt]he )?(?:\p{Lu}[\p{L}'’&-]* ){1,4}(?:[Pp]odcast|[Nn]ewsletter))$/u;
/** A wiki's line under the page title ("From Wikipedia, the free encyclopedia"). */
const WIKI_TAGLINE = /^From (?:Wikipedia\b|\p{Lu}[\p{L}'’ -]{0,60}\b[Ww]iki\b)[^.!?]{0,60}$|^From \p{Lu}[\p{L}\p{N}'’ -]{0,40}, the (?:free|open|online|collaborative) (?:[\p{L}-]+ ){0,2}(?:encyclop(?:a)?edia|news(?: source| site| service| wire)?|dictionary|wiki|library|guide|reference|textbooks?|media repository)\b[^.!?]{0,50}[.!]?$/u;
/** Names of languages in their own tongue: a language switcher's items. */
const LANGUAGE_NAME = /^(?:english|français|español|deutsch|italiano|português|nederlands|polski|svenska|dansk|norsk|suomi|русский|українська|中文|日本語|한국어|العربية|עברית|हिन्दी|tiếng việt|türkçe|ελληνικά|română|magyar|čeština|gaeilge|cymraeg|te reo māori|kiswahili|bahasa indonesia)$/iu;
/** A link to a file ("Download the data (CSV)", "Download this chart"). */
const DOWNLOAD_FILE = /^download (?:the |this |our |all )?(?:full )?(?:data(?:set)?|spreadsheet|file|pdf|report|chart|image|graphic|table)s?(?:\s*\((?:csv|xlsx?|json|pdf|png|svg|zip)[^)]{0,20}\))?$/i;
/** A chart's or table's source note ("Source: national statistics office"). */
const SOURCE_NOTE = /^(?:sources?|data(?: sources?)?)\s*:\s*\S[^.!?]{0,150}$/i;
/** A name with post-nominal letters alone ("Lena Ortiz, PhD"). */
const NAME_POSTNOMINAL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s*(?:PhD|Ph\.D\.|MD|M\.D\.|MBE|OBE|CBE|KC|QC|MP|MSP|FRS|DPhil|RN|Esq\.?|Jr\.?|Sr\.?)$/u;
/** A transcript's speaker label alone on its line ("JANE DOE, HOST:"): the speaker's words follow. */
const SPEAKER_LABEL = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,60},\s*\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}:$/u;
/** A transcript's sound cue ("(SOUNDBITE OF WAVES)", "(APPLAUSE)"). */
const SOUND_CUE = /^\((?:soundbite|sound ?bite|sound of|music|music playing|applause|laughter|crosstalk|inaudible|unintelligible|background noise|audio clip|video clip|archival recording|beep)\b[^()]{0,80}\)$/i;
/** A programme's cross-reference ("Heard on The Evening Report", "As seen on Morning Live"). */
const HEARD_ON = /^(?:[Aa]s )?(?:[Hh]eard|[Ss]een|[Ff]eatured|[Aa]ired) on \p{Lu}[\p{L}\p{N}'’ &-]{1,60}$/u;
/** Where to listen or follow ("Listen on: Apple Podcasts · Spotify · RSS"). */
const LISTEN_ON = /^(?:listen|subscribe|follow|watch|available)(?: (?:on|via|in|at|now on))?\s*:\s*[^.!?·|•]{1,60}(?:\s[·|•]\s[^.!?·|•]{1,60}){1,8}$|^(?:listen|subscribe|follow|watch) (?:on|via)\s+\S[^.!?]{0,120}\s[·|•]\s[^.!?]{1,120}$/i;
/** A player's length or file size ("Duration: 28:40", "Download (48 MB)"). */
const MEDIA_LENGTH = /^(?:(?:duration|length|running time|runtime)\s*:?\s*\d{1,2}(?::\d{2}){1,2}|download(?: (?:episode|audio|mp3|file|pdf|video))?\s*\(\s*\d+(?:[.,]\d+)?\s*[KMG]B\s*\))$/i;
/** A star rating with its vote count ("★★★★★ 4.8 from 213 votes"). */
const STAR_RATING = /^[★☆✩✪⭐]{1,5}[^!?]{0,40}\b\d[\d,]*\s*(?:votes?|ratings?|reviews?)\)?$/iu;
/** A shopping box: its header ("Shop the story") or a product with its buy button ("Trays, set of 3, £34 — Buy now"). */
const SHOP_HEADER = /^shop (?:the|this) (?:story|look|post|edit|article)$/i;
const SHOP_ITEM = /[$£€]\s?\d[^.!?]{0,40}\s[—–|-]\s*(?:buy (?:it )?now|shop now|buy|shop|view deal)$/i;
/** Previous and next post links on one line ("← Older post title | Newer post title →"). */
const POST_PAGER = /^[←‹«]\s*\S.{0,160}\s[|·•]\s.{0,160}\S\s*[→›»]$/u;
/** A short relative age ("5h", "2d", "10 min"). */
const SHORT_AGE = /^\d{1,3}\s?(?:s|m|h|d|w|mo|y|mins?|hrs?)$/i;
/** A duration ("52 min", "1 hr 5 min"). */
const DURATION = /^(?:\d{1,2}\s?(?:h|hrs?|hours?)\s*)?\d{1,3}\s?(?:m|mins?|minutes?)$/i;
/** A newsroom role ("Health Correspondent", "Staff writer", "Culture Editor"). */
const ROLE = /^(?:[\p{L}-]+\s+){0,3}(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|critic|producer|photographer|staff|intern|presenter|host)s?$/iu;
/** A source's or person's name: one to five capitalised words ("Ferrow Bay Gazette"). */
const PROPER_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|de|van|von|and|&)?\s*\p{Lu}[\p{L}'’.-]*){0,4}$/u;

const CSS_OPEN = /^(?:[\w$.]{2,40}\((?:[^()]|\([^()]*\)){0,200}\);\s*$|\/\*|\*\/|<\/?(?:script|style|noscript|iframe|div|span|link|meta)\b|@media\b|@import\b|@font-face\b|@keyframes\b|(?:var|let|const|function)\s+[\w$]+\s*[=(]|window\.|document\.|googletag\.|\(function\b|\$\(|jquery\()/i;
/** A document identifier alone ("DOI: 10.5555/abc.123"). */
const DOI_ONLY = /^(?:doi:?\s*)?(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S{1,200}$/i;
const URL_ONLY = /^(?:<?https?:\/\/\S{1,2000}>?|www\.\S{1,2000}|(?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24}\/[^\s]{1,2000})$/i;
const EMAIL_ONLY = /^(?:e-?mail:?\s*)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/i;
const HANDLE_ONLY = /^@[\w]{1,30}$/;
const BREADCRUMB_SEPARATORS = /\s[›»>|/]\s|[›»]/g;

/** One part of a byline strip: a date or time, an age, a duration, a name, a role or a "by" credit. */
function isBylinePart(part: string, f: LineFeatures): boolean {
  const p = part.trim();
  if (p.length === 0) return false;
  if (TIMESTAMP.test(p) || RELATIVE_TIME.test(p) || READ_TIME.test(p) || SHORT_AGE.test(p) || DURATION.test(p)) return true;
  if (/^by\s+\p{Lu}/iu.test(p) && p.split(/\s+/).length <= 6) return true;
  return ROLE.test(p) || (PROPER_NAME.test(p) && f.words <= 20);
}

/** True when a part of a byline strip dates it (a date, a time or an age). */
function isDatePart(part: string): boolean {
  const p = part.trim();
  return TIMESTAMP.test(p) || RELATIVE_TIME.test(p) || SHORT_AGE.test(p) || TIMESTAMP.test(unglueDate(p));
}

/**
 * A strip of byline facts set apart by dots or bars, dated by one of them:
 * "Jane Doe · Health Correspondent · 11 Feb 2025 · 07:30", "Gazette · 5h",
 * "June 3, 2025 · 52 min", "03 Feb 2025 | by The Newsroom".
 */
export function isBylineStrip(f: LineFeatures): boolean {
  if (f.words > 20 || f.endsSentence) return false;
  const parts = f.text.split(/\s+[·•|]\s+/);
  return parts.length >= 2 && parts.every((part) => isBylinePart(part, f)) && parts.some(isDatePart);
}

/** "Posted on 8 June 2025 by Jane Doe": a date and the poster's name. */
function isDatedByline(f: LineFeatures): boolean {
  if (f.words > 14 || f.endsSentence) return false;
  const m = /^(.+?)\s+by\s+(.+)$/i.exec(f.text);
  return m !== null && TIMESTAMP.test(m[1] ?? '') && (PROPER_NAME.test(m[2] ?? '') || NEWSROOM_CREDIT.test(m[2] ?? ''));
}

/** A photo credit carried by a caption: "(Photo: …)", "(Jane Doe / The Lantern)", "… Credit: Jane Doe", "pictured". */
const CARRIED_CREDIT = /\((?:photo|image|picture|credit|photograph)\b|\b(?:pictured|photographed)\b|\(\s*\p{Lu}[^()/]{1,60}\s\/\s[^()/]{1,60}\)\s*$/iu;
/** A credit label glued after a caption ("… on Saturday night Credit: Jane Doe"): capitalised, so "In pictures: the …" is not one. */
const CREDIT_GLUED = /\b(?:Credit|Photo|Picture|Image)s?:\s*\p{Lu}[^.!?:]{0,60}$/u;

/** True when a line carries a photo credit, so it is an image's caption (or its credit), not a headline or a standfirst. */
export function carriesPhotoCredit(text: string): boolean {
  return CARRIED_CREDIT.test(text) || CREDIT_GLUED.test(text);
}

/** An image viewer's button ("Click to enlarge", "View gallery"): the line under it is the image's caption. */
export const IMAGE_PROMPT = /^(?:(?:click|tap) to (?:enlarge|expand|zoom)|(?:enlarge|expand|zoom)(?: this)?(?: image| photo| picture)?|view (?:the )?(?:gallery|image|photo|slideshow)|(?:see|open) (?:the )?full (?:image|gallery|photo))[.!]?$/i;

/** A link to a file, known by its type and size ("Executive summary (PDF, 420 KB)", "Download announcement (PDF 1.2MB)", "PDF version"). */
const FILE_LINK = /\(\s*(?:pdf|docx?|xlsx?|csv|zip|epub|mp3|mp4)\b[^()]{0,24}\)$|\(\s*\d+(?:[.,]\d+)?\s*[KMG]B\s*\)$|^(?:pdf|print|printable|text-only|accessible|plain[- ]text) version$/iu;
/** A link or button marked by a trailing arrow or caret ("Results by precinct ▸", "Copy the HTML ↓", "Options ▾"). */
const ARROW_LINK = /\s[▸▶►›»→↓↗▾▼⟶]$/u;
/** A printed page's furniture ("Printed from: https://…", "Printed on: 09/01/2025 11:04", "Retrieved on 3 May 2025"); "Printed on recycled paper, …" is prose. */
const PRINT_MARK = /^(?:printed|retrieved|accessed|downloaded) (?:from|on|at)\s*(?::\s*\S|https?:\/\/|www\.|\d)/i;
/** A reuse licence ("… republished under a Creative Commons license", "Republish our articles for free …"). */
const REUSE_LICENCE = /\brepublish(?:ed|ing)?\b[^.!?]{0,80}\b(?:licen[cs]e|permission|for free)\b|\b(?:this|our) (?:article|story|stories|articles|work|content|journalism)\b[^.!?]{0,80}\bcreative commons\b|^(?:licensed|available) under (?:a |the )?creative commons\b/i;
/**
 * A registration line of the publisher, with its number, said as a sentence
 * of its own ("… is a registered charity in England and Wales (No. 1190457).",
 * "Company no. 08812345.", "Registered in England No. 0987."): "a registered
 * charity, runs 12 shelters" or "Acme Ltd, registered in England under number
 * 0765, admitted …" are prose.
 */
const REGISTRATION = /(?:^|[.;]\s+)registered (?:charity|company|society)\b[^.!?]{0,30}\b(?:no\.?|number)\s*:?\s*[a-z]{0,3}\d|\b(?:is|are) a registered (?:charity|company|society)\b[^.!?]{0,60}(?:\bno\.?\s*[a-z]{0,3}\d|\bnumber\b|\(\s*(?:no\.?\s*)?[a-z]{0,3}\d{5,}\s*\))|(?:^|[.;]\s+)registered in (?:england|scotland|wales|northern ireland|ireland)\b[^.!?]{0,40}\b(?:no\.?|number)\s*[a-z]{0,3}\d|(?:^|[.;]\s+)(?:company|charity|registration|vat|reg\.?) (?:no\.?|number)\s*:?\s*[a-z]{0,3}\d[\w -]{0,20}\.?$/i;
/** A press contact with its details ("Media enquiries: press@… | +44 …"). */
const PRESS_CONTACT = /^(?:media|press|news|investor) (?:contacts?|enquiries|inquiries|relations)\s*:\s*\S.{0,120}(?:@|\+?\d[\d ()-]{6,})|^for (?:media|press|news) (?:enquiries|inquiries|requests),? (?:please )?(?:contact|email|call)\b.{0,120}(?:@|\+?\d[\d ()-]{6,})/i;
/** A disclosure or disclaimer label opening a note ("Disclosure: The author has no positions …"). */
const DISCLOSURE = /^(?:disclosures?|disclaimers?)\s*:\s*\S/i;
/** Markup pasted as text: an embed or "copy the HTML" block ("<p>This <a href=…>article</a> …"). */
const PASTED_MARKUP = /^<(?:p|a|div|span|img|iframe|figure|blockquote|section|article|h[1-6])\b[^>]{0,300}>.*(?:<\/[a-z][a-z0-9]*>|\bhref=|\bsrc=)/i;
/** A call to correct the page ("Is this text wrong? Help us fix it."). */
const FIX_CALL = /\?\s+help us (?:fix|correct|improve|transcribe)\b/i;

/** An audio player's offer to read the article aloud, in several languages ("Listen to this article now…", "Ascolta questo articolo", "Écouter cet article"). */
export const LISTEN_TO_ARTICLE = /^(?:listen to (?:this|the) (?:article|story)|listen(?: now)?\s*\(\d{1,2}\s*min\)|lyt til artiklen|lyssna på artikeln|hør artikkelen|kuuntele artikkeli|poslechnout článek|haberi dinle|ascolta (?:questo|l['’]) ?articolo|(?:den )?artikel (?:anhören|vorlesen lassen)|[ée]couter (?:cet|l['’]) ?article|escuchar (?:este|el) (?:artículo|articulo|noticia)|escucha (?:este|el) (?:artículo|articulo)|ouvir (?:esta|este|a|o) (?:notícia|noticia|artigo|matéria|materia))(?:\s+(?:now|ora|jetzt|maintenant|ahora|agora))?(?:\.{3}|…)?$/iu;
/** A "read it for free" note on a paywalled site ("FREE TO READ: This story is being provided free as a public service."). */
const FREE_TO_READ = /^(?:free to read|free article|unlocked)\b\s*[:.!-]|^this (?:story|article|explainer|newsletter|report|journalism|reporting|guide) is (?:being )?(?:provided|made available|offered)?\s*(?:free|for free|free of charge|free to read)\b/i;
/** A newsroom credit with the outlet's name ("Herald staff", "WCQT Staff", "Real Life Team"): no person, so no author. */
const OUTLET_STAFF = /^(?!The\s|THE\s)(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){1,2}(?:[Ss]taff|STAFF|[Tt]eam|TEAM|[Dd]esk|DESK)$/u;
/** How to cite the page ("Cite this: Doe, J. (2025). …", "Suggested citation: …"). */
const CITE_THIS = /^(?:cite (?:this|as)(?: (?:article|page|story|report|item))?|how to cite(?: this)?(?: (?:article|page|story|report))?|suggested citation|citation)\s*:\s*\S/i;
/** A label over links to the same page in other languages ("Also available in: Français | Português"). */
const OTHER_LANGUAGES = /^(?:also )?(?:available|read(?: this)?(?: (?:article|story|page))?|this (?:page|article|story)|other languages?|versions?)(?: (?:in|also))?\s*:\s*(.+)$/i;

/** True when a line offers the page in other languages, every item a language name. */
function offersOtherLanguages(t: string): boolean {
  const items = OTHER_LANGUAGES.exec(t)?.[1]?.split(/\s*[|·•,/]\s*/u);
  return items !== undefined && items.length >= 1 && items.every((item) => LANGUAGE_NAME.test(item.trim()));
}

/** A sales call to action ("Thinking of selling? Get a free online valuation", "Book your free consultation"); "Get a free flu jab at …" in a body is not one. */
const FREE_OFFER = /\?\s+(?:get|claim|request|book|start) (?:a|an|your) free\b|^(?:get|claim|request|book) (?:a|an|your) free (?:online |instant |no-obligation )?(?:valuation|quote|trial|consultation|estimate|demo|appraisal)\b/i;
/** A link to a recording with its length ("Watch the briefing (24:10)", "Listen to the interview (8:02)"). */
const RECORDING_LINK = /^(?:watch|listen to|play|hear)\b[^.!?]{0,60}\(\s*\d{1,2}(?::\d{2}){1,2}\s*\)$/i;

/** An investment risk warning opening a line ("Not financial advice. …", "Capital at risk."). */
const RISK_WARNING = /^(?:this is )?not (?:financial|investment|legal|tax) advice\b|^(?:your )?capital (?:is )?at risk\b/i;

/** A ticker symbol with its move ("NRVF -6.82%", "ACME ▲1.4%"): a quote chip. */
const TICKER_MOVE = /^[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,3})?\s+[+\-−▲▼]\s?\d+(?:[.,]\d+)?%$/u;

/** What sets the items of a strip apart: a middle dot, a bullet or a bar, with spaces around it. */
const ITEM_SEPARATOR = /\s+[·•|]\s+/u;

/**
 * A strip of short items set apart by dots or bars: three or more
 * ("Item 3 of 25 · Mark as read · Star"), or two when one is dated or a
 * ticker's move ("January 13, 2025 10:30 ET | Source: Acme Trust",
 * "NRVF -6.82%  |  Norvale Foods, Inc."). Toolbars, menus and
 * metadata rows, never a headline or a standfirst.
 */
export function isItemStrip(f: LineFeatures): boolean {
  if (f.words > 30 || f.sentenceEnds > 1) return false;
  const parts = f.text.split(ITEM_SEPARATOR).filter((part) => part.length > 0);
  if (parts.length >= 3) return parts.every((part) => part.split(/\s+/).length <= 8);
  return parts.length === 2 && parts.some((part) => TIMESTAMP_INSIDE.test(part) || TICKER_MOVE.test(part));
}

/** Buttons glued together by the text extractor ("ShareCopy link", "Gift this articleShare"). */
export function isGluedButtons(f: LineFeatures): boolean {
  if (f.glued === 0 || f.words > 8) return false;
  const parts = f.text.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  return parts.length >= 2 && parts.every((part) => BUTTON.test(part.trim()) || SOCIAL_ALONE.test(part.trim()));
}

/** A few capitalised words with a button glued on ("The Harbour PostSubscribe"): the button. */
const GLUED_TO_BUTTON = /^\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,4}?\p{Ll}(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?)$/u;

/** A thread's or a post's counts ("9 tweets, 3 min read", "214 comments"). */
const POST_COUNTS = /^\d[\d,.]*\s*[KkMm]?\s+(?:tweets?|posts?|replies|comments?|views?|likes?|reposts?)(?:,\s*\d{1,3}\s*min(?:ute)?s?\s+read)?$/i;

/** Buttons and language names set in a strip ("Skip to content | Français"). */
export function isButtonStrip(f: LineFeatures): boolean {
  if (f.words > 12) return false;
  // Buttons set apart by bars or dots, or by wide gaps ("Save as PDF   Bookmark   Share").
  const parts = f.text.split(/\s+[|·•]\s+|\t+|\s{2,}/);
  const chrome = (part: string): boolean => BUTTON.test(part) || SOCIAL_ALONE.test(part) || LANGUAGE_NAME.test(part) || POST_COUNTS.test(part);
  const trimmed = parts.map((part) => part.trim());
  // The site's name may be glued to the first button by the text extractor ("The Harbour PostSubscribe | Log in").
  const glued = GLUED_TO_BUTTON.exec(trimmed[0] ?? '');
  if (glued?.[1] !== undefined && BUTTON.test(glued[1])) trimmed[0] = glued[1];
  // A player's length may stand beside its button ("Listen to this article · 3 min").
  return trimmed.length >= 2 && trimmed.some(chrome) && trimmed.every((part) => chrome(part) || DURATION.test(part));
}

/** A credits roll: two or more "Role by Name." or "Role: Name." sentences ("Produced by Jo Doe. Sound design by Al Roe."). */
export function isCreditsRoll(f: LineFeatures): boolean {
  if (f.words > 40) return false;
  const parts = f.text.split(/(?<=[.;])\s+/).filter((part) => part.length > 0);
  // Numbers are a match report's facts ("Tries: Mellor, Okafor 2. Goals: Mellor 4."), not a roll of credits.
  return parts.length >= 2 && !/\d/.test(f.text) && parts.every((part) => part.split(/\s+/).length <= 10 && /^\p{Lu}[\p{Ll} -]{1,30}?(?:\s+by|:)\s+["“‘]?\p{Lu}[^.;]*[.;]?$/u.test(part));
}

/**
 * A short promotion ending in its button, after a sentence end or a dash ("Bet £10 Get £30 in Free Bets — Claim now",
 * "Have you seen lots of ladybirds? Vote now", "… morning email — it’s free.Sign up").
 */
const CALL_TO_ACTION_TAIL = /(?:[.!?*]|\s[—–|→])\s*(?:claim (?:now|(?:your|the) (?:offer|bonus|deal))|vote now|take (?:our|the) quiz|sign up(?: now| free| here| today)?|subscribe(?: now| free| here| today)?|buy tickets(?: now)?|book now|shop now|join (?:now|today|free)|get (?:started|the app)|try (?:it )?(?:free|now))[.!]?$/iu;

/** Drop-down arrows of a form's fields ("Make ▾ Model ▾ Max price ▾"): a search or filter form. */
const DROP_DOWN = /[▾▼⌄]/gu;

/** True for a form of drop-down fields (two arrows or more). */
export function isDropDownForm(f: LineFeatures): boolean {
  return f.words <= 20 && (f.text.match(DROP_DOWN)?.length ?? 0) >= 2;
}

/** A thread unroller's header ("Thread by @jo_reports on Mar 12th 2025"). */
const THREAD_HEADER = /^(?:thread|🧵)\s+by\s+@[\w.-]{2,60}\b/iu;
/** A person's name with a social handle ("Dr Jo Rowe @jorowe.example", "Jo Rowe @jo_rowe · 2h"): who posted, not what. */
const NAME_HANDLE = /^(?:(?:Dr|Prof|Sir|Dame|Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+@[\w.-]{2,60}(?:\s*[·•|]\s*[^.!?]{0,30})?$/u;
/** A pinned or forwarded marker of a channel ("Pinned message: Send us your photos"). */
const PINNED = /^(?:pinned|📌)\s*(?:message|post|tweet|comment)?\s*:/iu;
/** A note to a young reader's parents or teachers, pointing elsewhere ("Grown-ups: read our guide to …"). */
const GROWN_UPS = /^(?:grown-?ups|parents|teachers|carers|adults)(?: and (?:carers|teachers|parents))?\s*:\s*(?:read|see|find|download|visit|get|try|check|explore)\b/iu;

/**
 * The publisher's standing notes under an article: liability and accuracy notices, trademarks, "not advice",
 * who a page is meant for, how listings are chosen, an easy-read text's checking, the archive's terms
 * ("Prices are a guide only. The Weekly accepts no liability …", "Odds correct at time of publishing").
 */
const PUBLISHER_NOTE = /\baccepts? no (?:liability|responsibility)\b|\b(?:correct|accurate) at (?:the )?time of (?:writing|publishing|publication|going to press)\b|\bis a registered trade ?mark\b|\bdoes not (?:provide|give|offer) (?:medical|legal|financial|investment|betting) advice\b|^(?:this|the) (?:news|page|article|story|post|content|update) is (?:for|intended for|meant for) [\p{L} -]{1,40} only\b|\bis only an accusation\b|\b(?:is|are) presumed innocent until\b|^our (?:picks|selections|recommendations|reviews) are (?:independent|editorially independent)\b|\bpay to be (?:listed|featured|included)\b|^this text (?:was|has been) (?:checked|tested|reviewed) by\b|^dieser text (?:ist|wurde) in (?:leichter|einfacher) sprache\b|\barchive is available to (?:subscribers|members)\b|^if you(?: or (?:someone|anyone) you know)? (?:have been|is|are|were|feel|need)\b.{0,160}\b(?:samaritans|lifeline|helpline|hotline|crisis line|support line)\b|^this (?:article|story|report|series|project) (?:was|is) (?:produced|published|made|funded|supported) (?:with (?:the )?(?:support|funding|a grant) (?:of|from)|in partnership with|as part of)\b/iu;

/** A run of days alone ("8 November 2025 – 1 March 2026", "March 3 to April 14, 2025"). */
const DATE_RANGE = /^(?:\d{1,2}\s+\p{L}{3,12}\.?(?:\s+\d{4})?|\p{L}{3,12}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*(?:[–—-]|to|until|bis|au|al|till)\s*(?:\d{1,2}\s+\p{L}{3,12}\.?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4})$/iu;

/** A token of a post's reaction row: a symbol or emoji, a count, a clock time, or a reaction word. */
const REACTION_TOKEN = /^(?:[\p{So}\p{Sk}\u200d\ufe0f♡↻·•|]+|\d[\d.,]*[KkMm]?|\d{1,2}:\d{2}|comments?|reposts?|likes?|views?|shares?|replies|reactions?|edited|retweets?|quotes?|bookmarks?)$/iu;

/** A post's reaction row ("♡ 1.2K  ↻ 486  💬 97", "👍❤️ 1,284 · 96 comments · 211 reposts", "👁 31.4K  edited  09:12"). */
export function isReactionRow(f: LineFeatures): boolean {
  if (f.words > 14) return false;
  const tokens = f.text.split(/\s+/);
  const counts = tokens.filter((token) => /^\d/.test(token)).length;
  return counts >= 2 && /[\p{So}♡↻]/u.test(f.text) && tokens.every((token) => REACTION_TOKEN.test(token));
}

/** Only hashtags ("#rivers #salmon #HollinValley"): a post's tags. */
const HASHTAGS_ONLY = /^(?:#[\p{L}\p{N}_]{2,60}\s*){2,}$/u;
/** A channel's forwarding note ("Forwarded from Kelby Weather"). */
const FORWARDED = /^forwarded from\s+\S/i;
/** A web cache's or web archive's banner over the copy it shows. */
const ARCHIVE_BANNER = /^this is \S{1,40}(?:'s|’s)? cache of https?:\/\/|^the current page could have changed in the meantime\b|^tip: to quickly find your search term\b|^the wayback\b.{0,40}https?:\/\/|^(?:this|the) page (?:was|has been) (?:archived|captured|saved) (?:on|at|by)\b/i;
/** A site's note on how its articles are written and checked ("Our editorial process", "How we reviewed this article:"). */
const EDITORIAL_PROCESS = /^(?:our (?:editorial|review|fact-checking) (?:process|policy|standards|guidelines)\.?|how we (?:reviewed|reported|fact-checked|tested|wrote|research(?:ed)?) this (?:article|story|piece|guide|review)\s*:?|our (?:experts|editors|team) (?:continually|regularly|constantly) (?:monitor|review|update)\b.{0,200})$/i;
/** An article continuing below a video or an ad, in other languages ("Dalsza część artykułu pod materiałem wideo"). */
const CONTINUES_BELOW = /^(?:dalsza część artykułu\b.{0,40}|der artikel (?:wird )?(?:unter|nach) .{0,40}fortgesetzt|la suite (?:après|sous) (?:cette|la) (?:publicité|vidéo)|el artículo continúa\b.{0,40}|artikeln fortsätter\b.{0,40}|het artikel gaat (?:verder )?(?:onder|na)\b.{0,40}|l['’]articolo continua\b.{0,40}|artigo continua\b.{0,40})$/iu;

/** Page furniture every large news site prints in its own words (labels, paywall notes, player errors). */
const SITE_FURNITURE: readonly (readonly [RegExp, string])[] = [
  [/^(?:skip advertisement|supported by|advertise with us)$/i, 'ad'],
  [/^this (?:article|story|piece) is more than (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old\.?$/i, 'timestamp'],
  [/^(?:image|media|video) caption,?$/i, 'image'],
  [/^(?:this|the) (?:video|media|audio) (?:can ?not|cannot|can't|could not) be played\b.{0,60}$/i, 'player'],
  [/^as an? (?:subscriber|member),? you have \d+ gift (?:articles?|stories)\b/i, 'prompt'],
  [/^thank you for your patience while we verify access\b/i, 'prompt'],
  [/^enjoy unlimited (?:digital )?access\b/i, 'prompt'],
  [/^like this:?\s*like\s*loading/i, 'social'],
  [/\bcomments? (?:are|is) (?:pre-?)?(?:moderated|reviewed)\b|^we (?:pre-?)?moderate (?:all )?comments\b|^by (?:submitting|posting) (?:a|your) comment\b/i, 'prompt'],
  [/\bviews of (?:our )?(?:readers|commenters|contributors|guest writers) are their own\b/i, 'disclaimer'],
  [/^this (?:article|story|piece|report) is part of (?:our|a|the) (?:[\p{L}-]+ ){0,3}(?:series|project|special report|investigation|coverage)\b/iu, 'related'],
  [/\bserving (?:its |our )?(?:readers|the community|the town|the city|the region)\b.{0,30}\bsince \d{4}\.?$/i, 'masthead'],
  [/^(?:our (?:journalists|reporters|editors|newsroom) (?:follow|adhere to|abide by)|find out more about our|read (?:more )?about our|learn (?:more )?about our) .{0,40}\b(?:code|standards|guidelines|policy|policies|principles|ethics)\b.{0,30}$/i, 'disclaimer'],
  [/^read (?:our|the) (?:full|latest|live|complete) coverage (?:of|on)\b.{0,80}$/i, 'related'],
  [/^support (?:independent |local |our |quality )*(?:journalism|reporting|news)\b.{0,40}\b(?:from|for) (?:just |only )?[£$€]\s?\d/i, 'prompt'],
  [/^(?:enjoyed|liked|like) this (?:article|story|piece)\?\s*(?:share|send|forward|tell)\b.{0,60}$/i, 'social'],
  [/^(?:watch the video (?:above|below)\b.{0,30}|scroll (?:down|up) (?:for|to (?:watch|see)) (?:the )?video\.?|don['’]t have time to read (?:it all|this)\?\s*listen\b.{0,40})$/i, 'player'],
  [/^(?:your|our) (?:(?:local|independent|trusted|daily|weekly|community|award-winning|family-owned)\s+)*(?:paper|newspaper|news ?source|news ?site|voice)\b.{0,40}$|\b(?:paper|newspaper|news|journalism|reporting)\b.{0,40}\b(?:since|est\.?|established|founded(?: in)?) \d{4}\.?$/i, 'masthead'],
  [/^dated:?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}{3,12}\.?,?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?$/iu, 'timestamp'],
  [/^(?:your browser does not support (?:the )?(?:video|audio)(?: tag| element)?|this (?:video|audio) (?:is|was) not available)\b.{0,60}$/i, 'player'],
  [/\bby downloading (?:our|the) (?:free )?(?:[\p{L}-]+ )?app\b|\b(?:download|get) (?:our|the) (?:free )?(?:news )?app (?:to|for) (?:stay|get|keep|read)\b/iu, 'prompt'],
  [/^(?:©\s*)?(?:\d{4}\s+)?(?:alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|kaikki oikeudet pidätetään|tüm hakları saklıdır|všechna práva vyhrazena|alle rettigheder forbeholdes|alla rättigheter förbehållna|alle rettigheter reservert)\.?$/iu, 'copyright'],
  // Ad markers no earlier pattern names (`AD` and `local-chrome.ts` name the others).
  [/^(?:inzerce|publicitat)$/iu, 'ad'],
  [/^(?:newsletter abonnieren|jetzt (?:kostenlos )?(?:newsletter )?abonnieren|iscriviti alla (?:nostra )?newsletter|schrijf je in voor (?:de|onze) nieuwsbrief|abonneer je op (?:de|onze) nieuwsbrief|inscrivez-vous à (?:la|notre) newsletter|suscríbete a (?:la|nuestra) newsletter|assine (?:a )?(?:nossa )?newsletter|zapisz się do newslettera|tilaa uutiskirje|prenumerera på (?:vårt )?nyhetsbrev|tilmeld dig (?:vores )?nyhedsbrev|bültenimize abone olun|meld deg på (?:vårt )?nyhetsbrev|abonnér på (?:vårt )?nyhetsbrev|subscriu-te (?:al|a la) (?:butlletí|newsletter)|abonează-te la (?:newsletter|buletinul)|iratkozz(?:on)? fel (?:a )?hírlevel|feliratkozás a hírlevélre|εγγραφείτε στο newsletter|εγγραφή στο newsletter)\b.{0,80}$/iu, 'prompt'],
  [/^(?:zum inhalt springen|springe zum inhalt|más información|mehr erfahren|en savoir plus|saiba mais|scopri di più|meer informatie|lue lisää|læs mere|czytaj dalej|devamını oku|číst dál|sdílet(?: na \S+)?|les mer|läs mer|lees meer|llegeix més|citește mai mult|tovább|bővebben|διαβάστε περισσότερα|περισσότερα)$/iu, 'prompt'],
  [/^(?:lue myös|přečtěte si také|čtěte také|ayrıca okuyun|ilgili haberler|související články|aiheesta muualla|llegeix també|et pot interessar|citește și|citeste si|vezi și|vezi si|olvasd el ezt is|kapcsolódó cikkek|διαβάστε επίσης|δείτε επίσης|diavaste episis)\s*:?\s*\S?.{0,120}$/iu, 'related'],
  [/^(?:hot|trending|popular|top|key) (?:topics|stories|searches|tags)\s*:\s*\S/i, 'related'],
  [/^(?:today['’]s paper|the (?:digital|print) edition|e-?edition|e-?paper)\b.{0,60}$|\bread (?:the|our|today['’]s) (?:digital|e-?)edition\b/i, 'prompt'],
  [/^(?:watch|listen) (?:live|now|again)\s*[:|–—-]\s*\S/i, 'player'],
  [/^(?:most (?:read|popular|viewed|shared)|trending now|breaking news)\s*:\s*\S.{0,100}$/i, 'related'],
  [/\b(?:reader|readers['’]?) survey\b|\btell us what you think\s*[.!]?$/i, 'prompt'],
  [/^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){1,5}(?:[Ll]ogo|[Ll]ogotype|[Ww]ordmark)$|^[Ll]ogo(?: of| for)?\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,5}$/u, 'image'],
  [/^(?:have your say|share your (?:thoughts|views)|tell us what you think)\b.{0,60}\b(?:comments?|below)\b.{0,30}$/i, 'prompt'],
  [/^(?:we want to hear from you|we(?:'|’)d love to hear from you)\b.{0,120}$/i, 'prompt'],
  [/^comments (?:are|have been) (?:closed|disabled|turned off)\b.{0,40}$/i, 'prompt'],
  [/^(?:read our )?(?:community guidelines|corrections policy|editorial guidelines|ethics policy|house rules)$/i, 'nav'],
  [/^listen (?:to (?:our|the) [^.]{1,60} )?on (?:spotify|apple podcasts|google podcasts|amazon music|youtube)\b.{0,80}$/i, 'player'],
  // A link to a clip with its running time ("Listen to the Morning Report interview with Jo Doe 4:52").
  [/^(?:listen|watch|hear)(?: to)?\b[^.!?]{5,120}\s\(?\d{1,2}:\d{2}(?::\d{2})?\)?$/i, 'player'],
  [/^(?:skip past|after) newsletter promotion$/i, 'prompt'],
  [/^(?:(?:compartir en|partager sur|teilen auf|condividi su|compartilhar no|share on|del på|dela på|jaa)\s*(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|correo|messenger)\s*|(?:enviar por correo|envoyer par e-?mail|per e-?mail senden|invia per e-?mail|enviar por e-?mail)\s*){2,}$/i, 'social'],
  // A magazine's issue line ("Issue 84 · Autumn 2025", "Vol. 12, No. 3 · March 2025").
  [/^(?:issue|vol\.?|volume|no\.|number)\s*\d{1,4}(?:,?\s*(?:no\.|number|issue)\s*\d{1,4})?\s*[·•|,–—-]\s*(?:spring|summer|autumn|fall|winter|\p{L}{3,12}\.?)\s+\d{4}$/iu, 'timestamp'],
  [/^(?:aktualizováno|publikováno|päivitetty|julkaistu|güncelleme|updated|published|actualizado|aktualisiert|mis à jour):?$/iu, 'timestamp'],
  [/^(?:yorum yap|yorumlar|kommentarer|kommentoi|komentáře|commenti|comentarios|commentaires|kommentare)\s*(?:\(\d{1,5}\)|\d{1,5})?$/iu, 'nav'],
  [/^(?:news in brief|in brief|briefly|news briefs|brief)$/i, 'nav'],
  [/^(?:jump to (?:navigation|search|content|main content)\s*)+$/i, 'nav'],
  // A consent banner's line ending in its buttons ("… cookies. Akkoord | Instellingen", "… Godta alle | Tilpass").
  [/\b(?:accept(?:ar|eren|er|era)?|akkoord|godta(?: alle)?|hyväksy(?: kaikki)?|elfogad(?:om)?|aceptar|aceitar|akzeptieren|accetta|zgadzam się|souhlasím|sutinku|nõustun|prihvaćam|sprejmi)(?: all| alle| todo| tutti| tout)?\s*\|\s*\S[^|]{0,24}$/iu, 'prompt'],
  // Tags in other languages ("Etiquetes: Sequera · Alt Empordà", "Tagi: …", "Ετικέτες: …").
  [/^(?:etiquetes|etiquetas|étiquettes|ετικέτες|tagi|tagit|tagek|címkék|štítky|oznake|značky|schlagworte|schlagwörter|stichwörter|parole chiave|trefwoorden|emneord|nyckelord|avainsanat|žymos|märksõnad|birkalar|etiketler)\s*:\s*\S.{0,200}$/iu, 'related'],
  // Accessibility controls ("Normal text size", "Larger text size").
  [/^(?:normal|larger|smaller|bigger|default|increase|decrease|reset)\s+(?:text|font)\s+size$/i, 'nav'],
  [/^your (?:information|data|details|personal information) (?:is|are|will be) (?:being )?(?:handled|used|processed|collected)\b.{0,160}$/i, 'prompt'],
  // A domain alone, as reader views print the site's address under the title ("nordpress.example").
  [/^(?:www\.)?(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24}\/?$/, 'nav'],
  // A blog's line saying whose it is ("A blog from the editors of the Pinecrest Tribune").
  [/^(?:a|the) (?:blog|newsletter|podcast|column) (?:from|by) (?:the )?(?:editors|staff|team|newsroom|reporters|writers)\b.{0,80}$/i, 'masthead'],
  // A picture's label before its caption ("Image | Hildy power outages").
  [/^(?:image|photo|picture|video|gallery)\s*\|\s*\S.{0,100}$/i, 'image'],
  // Relative days with a time ("I går kl. 16:20", "Gestern, 18:40", "Ayer a las 9:15").
  [/^(?:i går|i dag|igår|idag|i gær|gestern|heute|ayer|hoy|hier|aujourd['’]hui|ieri|oggi|ontem|hoje|eilen|tänään|wczoraj|dzisiaj|včera|dnes|dün|bugün|gisteren|vandaag)(?:,?\s*(?:kl\.?|um|a las|à|alle|às|klo|o|om|saat)?\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?)?$/iu, 'timestamp'],
  // Comment counts in other languages, and with the new ones ("16 comentarios", "8 Comments / 8 New").
  [/^\d{1,5}\s+(?:comentarios?|commentaires?|kommentare?|commenti|comentários|kommentarer|kommentit|komentářů|komentarzy|komentarze|yorum|reacties|comentaris|comentarii|hozzászólás|σχόλια)$|^\d{1,5}\s+comments?\s*[/|·]\s*\d{1,5}\s+new$/iu, 'nav'],
  [/^(?:story|article) continues (?:below|after) (?:the )?(?:gallery|video|photos?|images?|slideshow|player)$/i, 'ad'],
  [/^(?:commenta|condividi|comenta|comentar|commenter|kommentieren|kommentér|kommentera|kommentoi|komentovat|skomentuj|yorumla)$/iu, 'social'],
  [/^watch (?:the )?(?:highlights|replays?|full match|live coverage)\b.{0,120}\b(?:on|in) (?:the )?\S.{0,40}\bapp\b.{0,20}$/i, 'prompt'],
  [/^(?:[iİ]lgili|İLGİLİ) (?:[hH]aberler|HABERLER)$/u, 'related'],
  // A sponsored line with its pitch ("Sponsored · Book your island break with Westwind Holidays").
  [/^(?:sponsored|promoted|paid (?:post|content)|partner content|anzeige|publicidad|publicité|pubblicità|annonce|reklame)\s*[|·•:–—]\s*\S.{0,160}$/i, 'ad'],
  // A court reporter's standing note ("… in accordance with the principles of open justice", "Reporting restrictions may apply").
  [/\bprinciples? of open justice\b|^reporting restrictions may apply\b/i, 'disclaimer'],
  // An update note with its time ("Update June 4th, 1:30PM ET: Added pricing for the stylus.").
  [/^(?:update|updated|correction|editor['’]s note)\s*(?:\(|,)?\s*(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+\p{L}{3,9})(?:,?\s+\d{4})?,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?(?:\s+[a-z]{1,4})?\)?\s*:\s*\S.{0,200}$/iu, 'timestamp'],
  [/^(?:subscribers|members) can (?:download|read|access|listen to|watch)\b.{0,120}$/i, 'prompt'],
  [/^auto-?(?:update|refresh|play)s?\s*:?\s*(?:on|off)$/i, 'nav'],
  [/^search (?:for your|the data\b|by (?:postcode|zip|name|town|council))/i, 'prompt'],
  [/\b(?:posts|views|opinions|tweets|toots) (?:are )?(?:my own|mine)\.?$/i, 'bio'],
  [/^how we (?:test|review|rate|choose|pick)(?: (?:products|gear|these|them))?$/i, 'disclaimer'],
  // A credit to the outlet's staff or to the reporting a story draws on ("— Brackwell Gazette staff", "With files from Jo Roe").
  [/^[—–-]\s*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:staff|reporters|desk)\.?$|^[Ww]ith (?:files|reporting) from\s+\p{Lu}.{0,120}$/u, 'byline'],
  // A newsletter box's title and pitch ("Newsletter Faits divers", "Recevez chaque soir l'essentiel de l'actualité …").
  [/^[Nn]ewsletter\s+\p{Lu}[\p{L}' -]{1,40}$/u, 'prompt'],
  [/^(?:recevez|recibe|recebe|ricevi|erhalten sie|(?:get|receive) (?:our|the))\b.{0,80}\b(?:chaque (?:soir|matin|jour|semaine)|tous les (?:soirs|matins|jours)|cada (?:día|mañana|noche|semana)|todas las (?:mañanas|noches)|ogni (?:giorno|mattina|sera)|jeden (?:tag|morgen|abend)|every (?:morning|evening|day|week))\b.{0,100}$/iu, 'prompt'],
  // The credit of a shared reporting scheme, and a charity's or company's registration.
  [/^(?:the )?local democracy reporting service (?:is|was)\b|^(?:this|the) (?:article|story|report) (?:is|was) (?:written|produced) (?:by|under|as part of) (?:the )?local democracy reporting service\b/i, 'disclaimer'],
  [/\bregistered (?:charity|company|in england and wales)(?: (?:no\.?|number))?\s*:?\s*\d{5,}/i, 'copyright'],
  // A prompt to send something in or to be told of something ("Want your event here? Submit it …", "Get notified when …").
  [/^want your (?:event|story|business|photo|letter|news) (?:here|featured|listed)\?|^(?:get|be) notified when\b|^stay in touch and get notified\b/i, 'prompt'],
  [/\brel(?:y|ies) on (?:readers|subscribers|members|supporters|donors) like you\b/i, 'prompt'],
  [/^this (?:article|story|page) (?:was|has been) (?:saved|added) to your (?:reading list|library|bookmarks|saved (?:articles|stories))\b.{0,120}$/i, 'prompt'],
  // A share box with the article's link ("Share · Link: https://…", "Copy link: https://…").
  [/^(?:share|copy link|link)\s*[·•|:]\s*(?:(?:link|url)\s*:\s*)?https?:\/\/\S+$/i, 'social'],
  // An extractor's placeholder for a picture ("[IMG_4471-bindery-press]", "[image: DSC_0042]").
  [/^\[(?:(?:image|img|photo|picture)\s*:\s*)?(?:IMG|DSC|DSCN|PXL|P\d{3}|image|photo)[-_ ]?\d[\w.-]*\]$/i, 'image'],
  // Follow prompts in other languages ("Síguenos en Google News", "Google News'te Takip Et").
  [/^(?:s[ií]gu?enos|suivez[- ]nous|folgen sie uns|folge uns|seguici|siga-nos|segue-nos|følg (?:os|oss)|följ oss|seuraa meitä|sledujte nás|obserwuj nas|volg ons)\b.{0,60}$|^\S.{0,40}\b(?:takip et|abone ol)$/iu, 'social'],
];

/** A name with its role glued on by the extractor ("Callum RidgewayProperty reporter", "Ana SousaSenior Editor"). */
const GLUED_NAME_ROLE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}\s+\p{Lu}[\p{Ll}'’-]*\p{Ll}(?=\p{Lu})(?:\p{Lu}\p{Ll}*\s+(?:\p{L}+\s+){0,2})?(?:reporter|editor|correspondent|writer|columnist|critic|analyst|producer|photographer|journalist|contributor|Reporter|Editor|Correspondent|Writer|Columnist|Critic|Analyst|Producer|Photographer|Journalist|Contributor)$/u;
/** A service's name and a bare domain set apart by a dot or bar ("Unrolled · poststack.example"). */
const NAME_AND_DOMAIN = /^(?:\p{L}[\p{L}\p{N}-]*(?:\s+\p{L}[\p{L}\p{N}-]*)?\s*[·•|]\s*(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24}|(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24}\s*[·•|]\s*\p{L}[\p{L}\p{N}-]*(?:\s+\p{L}[\p{L}\p{N}-]*)?)$/iu;

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

/** True when words glued to the front of a line end in a title with function words ("HomeNewsWorldMinisters agree a deal after talks"). */
function hasGluedTitle(t: string): boolean {
  const glue = /^.*\p{Ll}(?=\p{Lu}\p{Ll})/u.exec(t);
  if (!glue) return false;
  const title = t.slice(glue[0].length).split(/\s+/);
  return title.length >= 4 && title.some((w) => STOPWORDS.has(w.toLowerCase()));
}

/** True when the line is a breadcrumb or a menu strip. */
export function isNavStrip(f: LineFeatures): boolean {
  const t = f.text;
  // "HomeNewsWorld" is a breadcrumb; with a headline glued on, the line is the headline's (content).
  if (hasGluedTitle(t)) return false;
  if (/^[Hh]ome(?=\p{Lu}|\s*[›»>|/])/u.test(t)) return true;
  const separators = t.match(BREADCRUMB_SEPARATORS)?.length ?? 0;
  if (separators >= 2 && f.words - separators <= 3 * (separators + 1) && !f.endsSentence) return true;
  if (f.words >= 14 && f.stopRatio < 0.1 && f.capRatio >= 0.7 && !f.endsSentence) return true;
  if (f.glued >= 3 && f.stopRatio < 0.15 && !f.endsSentence) return true;
  // Four or more short items set apart by wide gaps ("Investigations  Local Reporting  Data  About Us").
  if (f.gaps >= 3 && !f.endsSentence && !/[,;:]/.test(t) && t.split(/\t|\s{2,}/).every((item) => item.trim().split(/\s+/).length <= 3 && /^[\p{Lu}\p{Lo}]/u.test(item.trim())) && !/\d/.test(t)) return true;
  return false;
}

/** True when the line lists share/social targets ("Facebook Twitter Email"). */
function isShareStrip(f: LineFeatures): boolean {
  if (f.words > 12) return false;
  const hits = f.text.match(SOCIAL_WORDS)?.length ?? 0;
  return hits >= 2 && hits * 2 >= f.words;
}

/**
 * True when a labelled credit line carries a caption sentence, alone or before its credit ("Image: Detail of the
 * tapestry after conservation. © Harrowgate Museum"): the caption is prose, so the line is kept.
 */
function labelsACaption(t: string): boolean {
  const caption = /^[^:]{1,30}:\s*([^.©]{1,200})\.(?:\s+\S|$)/u.exec(t)?.[1];
  if (caption === undefined) return false;
  // A sentence in any language: five words or more, some in lower case (a credit is names).
  const words = caption.split(/\s+/);
  return words.length >= 5 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 2;
}

/** True when the line is a photo credit standing alone. */
export function isCredit(f: LineFeatures): boolean {
  if (f.words > 14) return false;
  const t = f.text;
  if (CREDIT_PAREN.test(t)) return true;
  if (CREDIT_LABEL.test(t)) return !labelsACaption(t);
  if (f.words <= 8 && CREDIT_SLASH.test(t) && !SLASH_BREADCRUMB.test(t)) return true;
  if (CREDIT_VIA.test(t) && f.words <= 8) return true;
  if (f.words <= 7 && !f.endsSentence && CREDIT_AGENCY.test(t)) return true;
  if (f.words <= 7 && /^[\p{Lu}][^.!?]{0,60}\b(?:for|\/) (?:the |The )?[\p{Lu}][\p{L}]+/u.test(t) && /\b(?:photo|photograph|images?)\b/i.test(t)) return true;
  return false;
}

/** A Markdown link, whose text is what a reader sees ("[Jo Doe](/authors/jo)" → "Jo Doe"). */
const MARKDOWN_LINK = /\[([^\]\n]{1,120})\]\([^)\s]{0,400}\)/g;

/** A blog's post line ("Posted in News on 11/03/2025 by admin", "Filed under Local by Jo Doe"). */
const POSTED_IN = /^(?:posted|filed|published) (?:in|under) \S.{0,80}\b(?:on|by)\s+\S/i;

/** True when the line is a byline ("By Jane Doe", "By Jane Doe | March 3, 2021"). */
export function isByline(f: LineFeatures): boolean {
  const text = f.text.includes('](') ? f.text.replace(MARKDOWN_LINK, '$1') : f.text;
  // A byline may run on with its published and updated times ("By Jo Doe Published May 2, 2026 at 4:05 p.m. PT Updated …").
  if (f.words > 16 && !(f.words <= 28 && TIMESTAMP_INSIDE.test(text))) return false;
  if (!BYLINE.test(text) || GLUED_DATELINE.test(text)) return false;
  // "By Tuesday, the company had …" is prose: require a name-shaped remainder.
  const rest = text.replace(/^\S+(?:\s+by)?\s+/i, '');
  const lowerWords = rest.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:and|de|van|von|der|da|di|del|la|le|in|at|for|the|of|on|min|read|updated|published|staff|senior|reporter|writer|editor|correspondent|contributor|[ap]\.m\.?)$/i.test(w));
  // A byline names someone (or labels the name below it): "by snow." ending a wrapped sentence names no one.
  return lowerWords.length <= 2 && (/\p{Lu}/u.test(rest) || !/[.!?]$/.test(rest));
}

/**
 * The chrome reason for a line taken on its own, or null when the line could
 * be article text. Blank lines are not handled here.
 */
export function chromeReason(f: LineFeatures): string | null {
  const t = f.text;
  if (isCode(f) || (f.words <= 80 && PASTED_MARKUP.test(t))) return 'css';
  if (MARKDOWN_IMAGE.test(t)) return 'image';
  if (f.words <= 6 && BUTTON.test(t)) return 'prompt';
  if (TIME_ONLY.test(t)) return null;
  if (LIFE_SPAN.test(t)) return null;
  if (REVIEW_STARS.test(t)) return null;
  if (!/\p{L}/u.test(t)) return TIMESTAMP.test(t) ? 'timestamp' : 'fragment';
  if (f.words <= 8 && PLAYBACK_SPEED.test(t)) return 'player';
  if (f.words <= 3 && (TICKER.test(t) || PRICE.test(t))) return 'market';
  if (f.words <= 8 && PAGER.test(t)) return 'nav';
  if (f.words <= 8 && AD.test(t)) return 'ad';
  const local = localChromeReason(f);
  if (local !== null) return local;
  if (f.words <= 10 && RELATED_HEADER.test(t)) return 'related';
  if (f.words <= 60 && (DISCLAIMER.test(t) || MACHINE_NOTE.test(t))) return 'disclaimer';
  if (f.words <= 60 && PUBLISHER_NOTE.test(t) && !QUOTATION.test(t) && !/\b(?:said|says|told)\b/i.test(t)) return 'disclaimer';
  if (f.words <= 8 && LISTEN_TO_ARTICLE.test(t)) return 'player';
  if (f.words <= 12 && RECORDING_LINK.test(t)) return 'player';
  if (f.words <= 50 && NEWSLETTER_PLATFORM.test(t)) return 'prompt';
  if (f.words <= 25 && FREE_OFFER.test(t)) return 'prompt';
  if (f.words <= 25 && FREE_TO_READ.test(t)) return 'prompt';
  if (f.words <= 4 && OUTLET_STAFF.test(t)) return 'byline';
  if (f.words <= 80 && CITE_THIS.test(t)) return 'related';
  if (f.words <= 14 && offersOtherLanguages(t)) return 'nav';
  if (f.words <= 40 && (DISCLOSURE.test(t) || REGISTRATION.test(t) || RISK_WARNING.test(t))) return 'disclaimer';
  if (f.words <= 40 && REUSE_LICENCE.test(t)) return 'copyright';
  if (f.words <= 12 && PRINT_MARK.test(t)) return 'nav';
  if (f.words <= 30 && PRESS_CONTACT.test(t)) return 'related';
  if (f.words <= 20 && FIX_CALL.test(t)) return 'prompt';
  if (f.words <= 45 && PROMPT.test(t) && ADDRESSES_READER.test(t)) return 'prompt';
  if (f.words <= 40 && PAYWALL.test(t)) return 'prompt';
  if (f.words <= 30 && READER_CALL.test(t) && ADDRESSES_READER.test(t) && !QUOTATION.test(t)) return 'prompt';
  if (f.words <= 25 && PROMPT_SHORT.test(t) && ADDRESSES_READER.test(t)) return 'prompt';
  if (f.words <= 30 && (SOCIAL_FOLLOW.test(t) || SOCIAL_SHARE.test(t))) return 'social';
  if (isShareStrip(f)) return 'social';
  if (f.words <= 16 && EMBED.test(t)) return 'social';
  if (f.words <= 30 && COPYRIGHT.test(t)) return 'copyright';
  // "File photo" after a caption's sentences marks the picture; the sentences are the caption, which is kept.
  if (f.words <= 30 && STOCK_PHOTO.test(t) && !captionBeforeFileNote(t)) return 'stock-photo';
  if (f.words <= 6 && (IMAGE_FILE.test(t) || IMAGE_COUNTER.test(t) || IMAGE_LABEL.test(t))) return 'image';
  if (f.words <= 12 && !f.endsSentence && IMAGE_FILE.test(t)) return 'image';
  if (isGluedButtons(f) || isButtonStrip(f)) return 'prompt';
  if (f.words <= 25 && CALL_TO_ACTION_TAIL.test(t)) return 'prompt';
  if (isDropDownForm(f)) return 'nav';
  if (f.words <= 8 && GLUED_NAME_ROLE.test(t)) return 'byline';
  if (f.words <= 4 && NAME_AND_DOMAIN.test(t)) return 'nav';
  if (f.words <= 20) for (const [pattern, why] of SITE_FURNITURE) if (pattern.test(t)) return why;
  if (isReactionRow(f)) return 'social';
  if (HASHTAGS_ONLY.test(t)) return 'related';
  if (f.words <= 8 && FORWARDED.test(t)) return 'social';
  if (f.words <= 40 && ARCHIVE_BANNER.test(t)) return 'nav';
  if (f.words <= 40 && EDITORIAL_PROCESS.test(t)) return 'disclaimer';
  if (f.words <= 12 && CONTINUES_BELOW.test(t)) return 'ad';
  if (f.words <= 12 && THREAD_HEADER.test(t)) return 'byline';
  if (f.words <= 10 && NAME_HANDLE.test(t)) return 'byline';
  if (f.words <= 30 && PINNED.test(t)) return 'nav';
  if (f.words <= 30 && GROWN_UPS.test(t)) return 'related';
  if (f.words <= 14 && (TAGLINE.test(t) || WIKI_TAGLINE.test(t))) return 'masthead';
  if (isByline(f)) return 'byline';
  if (f.words <= 20 && POSTED_IN.test(t.includes('](') ? t.replace(MARKDOWN_LINK, '$1') : t)) return 'byline';
  if (f.words <= 16 && MEMO_FIELD.test(t)) return 'byline';
  if ((f.words <= 24 && RELEASE_MARK.test(t)) || /^-?\s*ENDS?\s*-?$/.test(t)) return 'wire';
  if (f.words <= 10 && SPEAKER_LABEL.test(t)) return 'byline';
  if (f.words <= 16 && SOUND_CUE.test(t)) return 'cue';
  if (f.words <= 10 && HEARD_ON.test(t)) return 'related';
  if (f.words <= 20 && LISTEN_ON.test(t)) return 'player';
  if (f.words <= 8 && MEDIA_LENGTH.test(t)) return 'player';
  if (f.words <= 12 && STAR_RATING.test(t)) return 'social';
  if ((f.words <= 4 && SHOP_HEADER.test(t)) || (f.words <= 20 && SHOP_ITEM.test(t))) return 'ad';
  if (f.words <= 60 && POST_PAGER.test(t)) return 'nav';
  if (isCreditsRoll(f)) return 'credit';
  if (f.words <= 8 && DOWNLOAD_FILE.test(t)) return 'nav';
  if (f.words <= 10 && !f.endsSentence && (FILE_LINK.test(t) || ARROW_LINK.test(t))) return 'nav';
  if (f.words <= 20 && SOURCE_NOTE.test(t)) return 'credit';
  if (f.words <= 6 && NAME_POSTNOMINAL.test(t)) return 'byline';
  if (isCredit(f)) return 'credit';
  if (f.words <= 30 && EDITED.test(t)) return 'byline';
  if (f.words <= 40 && WIRE_FOOTER.test(t)) return 'byline';
  if (f.words <= 7 && NAME_AT_PLACE.test(t)) return 'byline';
  if (f.words <= 16 && isNameThenDate(t) && TIMESTAMP_INSIDE.test(t) && !DATELINE_RUNS_ON.test(t) && !GLUED_DATELINE.test(t) && !DATELINE_ALONE.test(t)) return 'byline';
  // Two dates joined by a dash or "to" are an event's run (an exhibition, a closure), not when the page was written.
  if (DATE_RANGE.test(t)) return null;
  if (f.words <= 14 && (TIMESTAMP.test(t) || READ_TIME.test(t) || TIMESTAMP.test(unglueDate(t)))) return 'timestamp';
  if (f.words <= 24 && isTimestampPair(t)) return 'timestamp';
  if (isBylineStrip(f) || isDatedByline(f)) return 'byline';
  if (f.words <= 16 && isDateStrip(t)) return 'timestamp';
  if (f.words <= 8 && RELATIVE_TIME.test(t)) return 'timestamp';
  if (f.words <= 4 && (PROVIDED_BY.test(t) || NEWSROOM_CREDIT.test(t))) return 'byline';
  if (f.words <= 12 && CJK_CREDIT.test(t)) return 'byline';
  if (f.words <= 3 && SOCIAL_ALONE.test(t)) return 'social';
  if (f.words <= 8 && RETAIL.test(t)) return 'ad';
  if (f.words <= 10 && ENGAGEMENT.test(t) && /\p{L}/u.test(t)) return 'social';
  if (f.words <= 30 && PLATFORM.test(t)) return 'prompt';
  if (f.words <= 3 && SUPPLIED.test(t)) return 'credit';
  if (f.words <= 20 && CONTACT_AUTHOR.test(t)) return 'bio';
  if (f.words <= 20 && READER_NOTE.test(t)) return 'prompt';
  if (f.words <= 14 && TAXONOMY.test(t)) return 'related';
  if (f.words <= 50 && isCookieNotice(t)) return 'prompt';
  if (f.words <= 6 && SHARE_LABEL.test(t)) return 'social';
  if (f.words <= 80 && (BIO.test(t) || ABOUT_AUTHOR.test(t))) return 'bio';
  if (URL_ONLY.test(t) || EMAIL_ONLY.test(t) || HANDLE_ONLY.test(t) || DOI_ONLY.test(t)) return 'nav';
  if (MARKDOWN_LINK_ONLY.test(t)) return 'related';
  if (f.words <= 25 && RELATED_PREFIX.test(t)) return 'related';
  if (isNavStrip(f) || isSectionMenu(f)) return 'nav';
  if (f.words <= 6 && !f.endsSentence && BREADCRUMB_STEP.test(t)) return 'nav';
  if (f.words <= 10 && NAME_ROLE.test(t)) return 'byline';
  if (f.words <= 4 && f.stopRatio === 0 && ROLE_ALONE.test(t)) return 'byline';
  if (f.words <= 9 && SLASH_BREADCRUMB.test(t)) return 'nav';
  if (f.words <= 10 && NAME_AND_OUTLET.test(t)) return 'byline';
  if (f.words <= 8 && CHAT_HEADER.test(t)) return 'byline';
  if (f.words <= 7 && NAME_FOR_OUTLET.test(t)) return 'credit';
  if (f.words <= 12 && f.stopRatio < 0.25 && WEATHER.test(t) && WEATHER_WORD.test(t) && !/[.!?]["”’]?$/u.test(t)) return 'weather';
  if (f.words <= 14 && f.stopRatio === 0 && MARKET_MOVE.test(t) && !f.endsSentence && /\b[A-Z&]{2,6}(?:\.[A-Z]{1,2})?\b/.test(t) && (/\d\.\d{2}\b/.test(t) || (t.match(/[+\-−]\d[\d.,]*\s?%/gu)?.length ?? 0) >= 2)) return 'nav';
  if (f.words <= 12 && PAGE_MARK.test(t) && !f.endsSentence) return 'nav';
  if (f.words <= 12 && LEGAL_HEADER.test(t)) return 'disclaimer';
  return null;
}

/** A newsletter platform's standing pitch ("X is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber."). */
const NEWSLETTER_PLATFORM = /\bis an? reader-supported publication\b|\bconsider becoming an? (?:free or paid |paid |free )?subscriber\b|\bto receive new posts and support (?:my|our) work\b|\bthanks for reading [^.!?]{1,60}[.!]\s*subscribe for free\b/i;

/** A file-photo note after a caption's sentences ("Evaporation ponds in the Atacama region. File photo"). */
const FILE_NOTE_TAIL = /\s*[(\[]?\s*(?:file photo|file picture|archive photo)\s*[)\]]?\.?$/i;

/** True when a line is sentences of a caption (six words or more, ending a sentence) with a file-photo note after them. */
function captionBeforeFileNote(t: string): boolean {
  if (!FILE_NOTE_TAIL.test(t)) return false;
  const caption = lineFeatures(t.replace(FILE_NOTE_TAIL, ''));
  return caption.words >= 6 && caption.endsSentence && !STOCK_PHOTO.test(caption.text);
}

/** True when a line opens a block of related links (a header such as "Recent News"). */
export function isRelatedHeader(f: LineFeatures): boolean {
  return (f.words <= 10 && RELATED_HEADER.test(f.text)) || isLocalRelatedHeader(f);
}
