/**
 * Page chrome in the words of many languages: the ad marker, the "Read also:" teaser, the "Most read"
 * header, the share and comment buttons, the photo placeholder, the "By" of a byline and the newsletter
 * label. English and the large western European languages have their own, richer patterns in
 * `chrome-reason.ts`; these are the commonest forms elsewhere (central and eastern Europe, the Baltic and
 * Nordic countries, the Balkans, Wales and the Basque Country, Malta, east Africa, south-east Asia, Latin
 * America), each as it stands alone on a line.
 */
import type { LineFeatures } from './line-features.ts';

/** An ad marker alone ("Oglas", "Reklaam", "Quảng cáo"), or "the text goes on after the ad". */
const AD_MARK = new RegExp(
  '^[-–—(\\[]?\\s*(?:' +
    'reklaam|reklāma|reklama|reklam|reklám|oglas|auglýsing|tangazo|matangazo|hirdetés|mainos|διαφήμιση|publicitate|реклама|quảng cáo|iklan|hysbyseb|iragarkia|publizitatea|patalastas|advertensie|annonce|' +
    'continua (?:após a|depois da) publicidade|(?:a )?(?:nota|noticia|información) (?:continúa|sigue) (?:abajo|debajo|después de la publicidad)|continúa (?:después de la publicidad|abajo)|' +
    'članek se nadaljuje pod oglasom|članak se nastavlja ispod oglasa|tekst se nastavlja ispod oglasa|straipsnis tęsiasi po reklamos|raksts turpinās pēc reklāmas|artikkel fortsetter under annonsen|článok pokračuje pod reklamou|článek pokračuje pod reklamou|articolul continuă după reclamă|статията продължава след рекламата|' +
    'bài viết tiếp tục bên dưới|artikel bersambung di bawah|berita berlanjut di bawah|mae\'r erthygl yn parhau isod|' +
    'sponzorirano|sponzorováno|sponzorované|sponsoreeritud|remiama|sponsorēts|kostað efni|promovat|спонсорирано|спонсоровано|được tài trợ|ditaja|bersponsor|noddedig|babesletua|sponsorjat|imedhaminiwa|inisponsor' +
    ')\\s*[-–—)\\]]?[.:]?$',
  'iu',
);

/** "Read also: <headline>" and its like, before a teaser's title. */
const READ_ALSO = new RegExp(
  '^(?:' +
    'loe (?:ka|lisaks|veel)|pročitajte (?:još|i|također|više)|procitajte (?:jos|i)|čitajte (?:još|i|također|više)|preberite (?:še|tudi|več)|preberi (?:še|tudi)|' +
    'lestu (?:einnig|líka|meira)|sjá einnig|taip pat skaitykite|skaitykite (?:taip pat|daugiau)|lasi (?:arī|vēl)|lasiet (?:arī|vēl)|' +
    'te recomendamos|recomendamos|te podría interesar|también te puede interesar|lee (?:también|además|más)|mira (?:también|además)|ver (?:también|más)|' +
    'basahin (?:din|rin|ang)|čítajte (?:aj|tiež|viac)|prečítajte si|čtěte (?:také|též|více)|přečtěte si|' +
    'citește și|citiți și|citeste si|citește mai mult|прочетете (?:още|и)|вижте (?:още|и)|още по темата|прочитајте (?:још|и)|читајте (?:још|и)|' +
    'читайте (?:також|ще|также|більше)|дивіться (?:також|ще)|смотрите также|đọc thêm|xem thêm|tin liên quan|' +
    'baca (?:juga|lagi|selanjutnya)|berita (?:berkaitan|terkait)|artikel (?:berkaitan|terkait)|leia (?:mais|também)|ler (?:mais|também)|saiba mais|veja (?:também|mais)|' +
    'à (?:lire|voir) (?:aussi|également)|lire (?:aussi|également)|darllenwch (?:hefyd|fwy)|darllen mwy|irakurri (?:ere|gehiago)|gehiago irakurri|' +
    'l[eé] (?:tamén|máis)|lea tamén|aqra (?:wkoll|iktar)|soma (?:pia|zaidi)|habari (?:zaidi|zinazohusiana)|lees ook|olvassa el|ezt is ajánljuk|' +
    'lue (?:myös|lisää)|διαβάστε (?:επίσης|ακόμη|ακόμα)|ayrıca (?:okuyun|bakınız)|ilgili (?:haber|haberler)|se (?:også|även)|zie ook|siehe auch|vedi anche' +
    ')\\s*[:|»›>–—-]\\s*\\S',
  'iu',
);

/** A header over a list of the site's own stories ("Najčitanije", "Enim loetud", "Đọc nhiều nhất"). */
const MOST_READ = new RegExp(
  '^(?:' +
    'najčitanije|najčitanejše|najbolj brano|najbolj brani|najčítanejšie|nejčtenější|najczęściej czytane|mest lesið|mest lesnar fréttir|skaitomiausi|populiariausi|' +
    'lasītākie|populārākie|enim loetud|loetuimad|cele mai citite|cele mai populare|най-четени|най-популярни|найпопулярніше|найчитаніше|самое читаемое|' +
    'đọc nhiều nhất|xem nhiều nhất|paling popular|paling banyak dibaca|terpopuler|mais lidas|mais vistas|les plus lus|lo más visto|mwyaf poblogaidd|mwyaf darllen|' +
    'irakurrienak|máis lidas|l-aktar moqrija|zinazosomwa zaidi|habari zinazosomwa zaidi|pinakabasa|pinakasikat|meeste gelees|legolvasottabb|luetuimmat|' +
    'δημοφιλή|τα πιο δημοφιλή|en çok okunan|llegiu també|llegeix també|et pot interessar|el més llegit|' +
    'povezano|povezani članki|povezani članci|vezane vijesti|susiję straipsniai|seotud artiklid|seotud|súvisiace články|související články|articole similare|articole asemănătoare|' +
    'свързани новини|свързани статии|пов\'язані новини|bài liên quan|berita berkaitan|artikel terkait|notícias relacionadas|noticias relacionadas|articles connexes|' +
    'erthyglau cysylltiedig|lotutako albisteak|novas relacionadas|artikli relatati|habari zinazohusiana|kaugnay na balita|verwante artikels' +
    ')\\s*:?$',
  'iu',
);

/** A share or comments button, or a row of them ("Podijeli  Komentari (31)", "Deli | Komentarji (9)"). */
const BUTTON_WORD =
  '(?:podijeli|podeli|podelite|deli|delite|dijeli|jaga|jaa|dalintis|pasidalinti|dalīties|deila|zdieľať|zdieľajte|sdílet|sdílejte|distribuie|partajează|сподели|споделете|поделиться|поділитися|chia sẻ|kongsi|bagikan|rhannu|partekatu|compartir|comparte|compartilhar|partilhar|aqsam|shiriki|ibahagi|ibahagi ito|deel|dela|del|' +
  'komentari|komentarji|komentarai|komentāri|athugasemdir|kommentek|hozzászólások|komentáre|komentáře|comentarii|коментари|коментарі|комментарии|bình luận|komen|ulasan|sylwadau|iruzkinak|comentarios|comentários|comentarios|kummenti|maoni|mga komento|kommentaarid|' +
  'natisni|ispiši|spausdinti|drukāt|prenta|tlačiť|tisk|printează|принтирай|друк|in bài|cetak|argraffu|inprimatu|imprimir|stampa|chapisha|i-print)' +
  '(?:\\s*\\(\\d{1,5}\\))?';
const BUTTONS = new RegExp(`^${BUTTON_WORD}(?:(?:\\s{2,}|\\s*[|·•/]\\s*)${BUTTON_WORD}){0,4}:?$`, 'iu');

/** "Share on Facebook" glued to the next button, as a copy of the icons' labels gives it ("Share on FacebookShare on X"). */
const GLUED_SHARE = /^(?:\s*(?:share (?:on|via|to) )?(?:facebook|x|twitter|whatsapp|linkedin|telegram|email|e-mail|reddit|pinterest|messenger|bluesky|threads)(?=share|copy|email|$)){2,}(?:copy link)?$/i;

/** A photo's placeholder as a reader view or a screen reader leaves it ("[Nuotrauka: …]", "[Foto: …]"). */
const IMAGE_NOTE = /^\[(?:photo|image|picture|foto|fotografija|fotografia|fotografie|nuotrauka|attēls|mynd|kuva|bild|slika|obrázok|obrázek|zdjęcie|imagen|imagem|immagine|fotó|kép|φωτογραφία|εικόνα|фото|снимка|зображення|ảnh|hình|gambar|llun|irudia|larawan|picha|ritratt|stampa)\s*[:：][^\]]{0,300}\]$/iu;

/** "By" before a byline's name in other languages ("Na Athman Said", "Gan Siân Jones", "Oleh: Ahmad Faizal"). */
export const BY_WORD = /^(?:na|ni|gan|eftir|deur|oleh\s*:|napisal[a]?|piše|autor(?:ius|ka|e|ul)?\s*:|автор\s*:|от|tác giả\s*:?|egilea\s*:|skrifað af)\s+/iu;
const NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u;

/** The newsletter's name or pitch under a label ("Newsletter: The week in Switzerland, every Friday"). */
const NEWSLETTER_LABEL = /^(?:newsletters?|nieuwsbrief|infolettre|boletín|nyhetsbrev|nyhedsbrev|uutiskirje|hírlevél|bilten|uudiskiri|fréttabréf|naujienlaiškis|jaunumi|informační bulletin|buletin informativ|бюлетин|розсилка|bản tin|buletin|cylchlythyr|buletina|boletín de noticias|newsletter semanal)\s*[:|–—]\s*\S.{0,100}$/iu;

/** How long ago the page was posted or updated ("Aġġornat 3 siegħat ilu", "prije 2 sata", "5 tundi tagasi"). */
const AGO = new RegExp(
  '^(?:\\p{L}{3,14}:?\\s+)?(?:' +
    '(?:prije|pred|pre|prieš|pirms|fyrir|acum|преди|hace|há|hai|il y a|duela|πριν(?: από)?)\\s+\\d{1,3}\\s+\\p{L}{1,12}\\.?' +
    '|(?:\\p{L}{1,12}\\s+)?\\d{1,3}(?:\\s+\\p{L}{1,12}\\.?)?\\s+(?:tagasi|ilu|тому|назад|trước|lalu|yang lalu|yn ôl|zilizopita|na ang nakalipas|sitten|önce|geleden|siden|sedan|temu|dozadu|atrás|ago)' +
    ')$',
  'iu',
);

/** True when a line heads a list of the site's own stories in one of these languages ("Najčitanije", "Llegiu també"). */
export function isLocalRelatedHeader(f: LineFeatures): boolean {
  return f.words <= 8 && MOST_READ.test(f.text);
}

/**
 * The reason a short line is chrome in one of these languages' words, or null. It reads the line alone
 * (as `chromeReason` does).
 */
export function localChromeReason(f: LineFeatures): string | null {
  const t = f.text;
  if (f.words <= 10 && AD_MARK.test(t)) return 'ad';
  if (f.words <= 8 && MOST_READ.test(t)) return 'related';
  if (f.words <= 25 && !f.endsSentence && READ_ALSO.test(t)) return 'related';
  if (f.words <= 10 && BUTTONS.test(t)) return 'prompt';
  if (f.words <= 16 && GLUED_SHARE.test(t)) return 'social';
  if (f.words <= 60 && IMAGE_NOTE.test(t)) return 'image';
  if (f.words <= 6 && BY_WORD.test(t) && NAME.test(t.replace(BY_WORD, ''))) return 'byline';
  if (f.words <= 18 && NEWSLETTER_LABEL.test(t)) return 'prompt';
  if (f.words <= 6 && AGO.test(t)) return 'timestamp';
  return null;
}
