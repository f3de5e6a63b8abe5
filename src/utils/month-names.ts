/**
 * Month names in the languages the archive reads, shared by the clean stage (which recognises a date line)
 * and describe (which turns a stated date into ISO 8601), so both read the same months.
 *
 * Month names (English, French, Spanish, Portuguese, Italian, German, Dutch, Scandinavian, Russian, Polish, Czech, Turkish,
 * Romanian, Finnish, Indonesian, Catalan, Hungarian, Greek; Slovak, Slovenian, Croatian, Serbian, Bulgarian, Ukrainian, the
 * Baltic languages, Icelandic, Swahili, Malay, Tagalog, Maltese, Galician, Afrikaans and Welsh) and common abbreviations.
 * Croatian "listopad" (October) is left out: Polish and Czech "listopad" is November.
 */
export const MONTH_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['january', 'janvier', 'enero', 'janeiro', 'gennaio', 'januar', 'jänner', 'januari', 'января', 'jan', 'stycznia', 'styczeń', 'ledna', 'leden', 'ocak', 'ianuarie', 'tammikuuta', 'ene', 'gen', 'janv', 'ian', 'gener', 'január', 'ιανουαρίου', 'siječnja', 'januarja', 'januára', 'sausio', 'janvāris', 'janvārī', 'jaanuar', 'janúar', 'януари', 'січня', 'јануар', 'jannar', 'xaneiro', 'januarie', 'ionawr']],
  [2, ['february', 'février', 'fevrier', 'febrero', 'fevereiro', 'febbraio', 'februar', 'februari', 'февраля', 'feb', 'lutego', 'luty', 'února', 'únor', 'şubat', 'subat', 'februarie', 'helmikuuta', 'pebrero', 'fev', 'févr', 'fevr', 'febr', 'febrer', 'február', 'φεβρουαρίου', 'veljače', 'februarja', 'februára', 'vasario', 'februāris', 'februārī', 'veebruar', 'febrúar', 'февруари', 'лютого', 'фебруар', 'frar', 'febreiro', 'chwefror']],
  [3, ['march', 'mars', 'marzo', 'março', 'marco', 'märz', 'maerz', 'maart', 'marts', 'марта', 'mar', 'marca', 'marzec', 'března', 'březen', 'mart', 'martie', 'maaliskuuta', 'maret', 'mär', 'març', 'március', 'μαρτίου', 'machi', 'ožujka', 'marec', 'kovo', 'martā', 'märts', 'март', 'березня', 'mac', 'marso', 'marzu', 'mawrth']],
  [4, ['april', 'avril', 'abril', 'aprile', 'апреля', 'apr', 'kwietnia', 'kwiecień', 'dubna', 'duben', 'nisan', 'aprilie', 'huhtikuuta', 'abr', 'avr', 'április', 'απριλίου', 'aprili', 'travnja', 'aprila', 'apríla', 'balandžio', 'aprīlis', 'aprīlī', 'aprill', 'apríl', 'април', 'квітня', 'ebrill']],
  [5, ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei', 'maj', 'мая', 'maja', 'května', 'květen', 'mayıs', 'mayis', 'toukokuuta', 'mag', 'maig', 'május', 'μαΐου', 'svibnja', 'mája', 'gegužės', 'maijs', 'maijā', 'maí', 'май', 'травня', 'мај', 'mejju']],
  [6, ['june', 'juin', 'junio', 'junho', 'giugno', 'juni', 'июня', 'jun', 'czerwca', 'czerwiec', 'června', 'červen', 'haziran', 'iunie', 'kesäkuuta', 'giu', 'juny', 'június', 'ιουνίου', 'lipnja', 'junij', 'junija', 'júna', 'birželio', 'jūnijs', 'jūnijā', 'juuni', 'júní', 'юни', 'червня', 'јун', 'hunyo', 'ġunju', 'xuño', 'junie', 'mehefin']],
  [7, ['july', 'juillet', 'julio', 'julho', 'luglio', 'juli', 'июля', 'jul', 'lipca', 'lipiec', 'července', 'červenec', 'temmuz', 'iulie', 'heinäkuuta', 'lug', 'juil', 'juliol', 'július', 'ιουλίου', 'julai', 'srpnja', 'julij', 'julija', 'júla', 'liepos', 'jūlijs', 'jūlijā', 'juuli', 'júlí', 'юли', 'липня', 'јул', 'hulyo', 'lulju', 'xullo', 'julie', 'gorffennaf']],
  [8, ['august', 'août', 'aout', 'agosto', 'augustus', 'augusti', 'августа', 'aug', 'sierpnia', 'sierpień', 'srpna', 'srpen', 'ağustos', 'agustus', 'elokuuta', 'ago', 'agost', 'augusztus', 'αυγούστου', 'agosti', 'kolovoza', 'avgust', 'avgusta', 'augusta', 'rugpjūčio', 'augusts', 'augustā', 'ágúst', 'серпня', 'ogos', 'awwissu', 'awst']],
  [9, ['september', 'septembre', 'septiembre', 'setiembre', 'setembro', 'settembre', 'сентября', 'sept', 'sep', 'września', 'wrzesień', 'září', 'eylül', 'eylul', 'septembrie', 'syyskuuta', 'set', 'sett', 'setembre', 'szeptember', 'σεπτεμβρίου', 'septemba', 'rujna', 'septembra', 'rugsėjo', 'septembris', 'septembrī', 'септември', 'вересня', 'септембар', 'septembar', 'setyembre', 'settembru', 'medi']],
  [10, ['october', 'octobre', 'octubre', 'outubro', 'ottobre', 'oktober', 'октября', 'oct', 'okt', 'października', 'październik', 'října', 'říjen', 'ekim', 'octombrie', 'lokakuuta', 'out', 'ott', 'október', 'οκτωβρίου', 'oktoba', 'oktobra', 'októbra', 'spalio', 'oktobris', 'oktobrī', 'oktoober', 'октомври', 'жовтня', 'октобар', 'oktobar', 'ottubru', 'hydref']],
  [11, ['november', 'novembre', 'noviembre', 'novembro', 'ноября', 'nov', 'listopada', 'listopad', 'listopadu', 'kasım', 'kasim', 'noiembrie', 'marraskuuta', 'nopember', 'νοεμβρίου', 'novemba', 'studenoga', 'studenog', 'novembra', 'lapkričio', 'novembris', 'novembrī', 'nóvember', 'ноември', 'листопада', 'новембар', 'novembar', 'nobyembre', 'novembru', 'tachwedd']],
  [12, ['december', 'décembre', 'decembre', 'diciembre', 'dezembro', 'dicembre', 'dezember', 'desember', 'декабря', 'dec', 'dez', 'dic', 'grudnia', 'grudzień', 'des', 'prosince', 'prosinec', 'aralık', 'aralik', 'decembrie', 'joulukuuta', 'déc', 'desembre', 'δεκεμβρίου', 'desemba', 'prosinca', 'decembra', 'gruodžio', 'decembris', 'decembrī', 'detsember', 'декември', 'грудня', 'децембар', 'decembar', 'disember', 'disyembre', 'diċembru', 'decembro', 'rhagfyr']],
];


/** Each name's month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap(([n, names]) => names.map((name) => [name, n] as const)));

/** Every name as a regex alternation, longest first so "march" wins over "mar" (no group, no flags). */
export const MONTH_ALTERNATION = [...MONTHS.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
