/**
 * Function words used to tell prose from chrome (jusText's main signal).
 * Mostly English, plus the commonest function words of other European
 * languages and Indonesian, so that foreign-language prose is not mistaken
 * for a menu.
 */
/**
 * A word with the Maltese article joined to it ("il-bajja", "tas-saħħa", "fil-belt"): the article counts
 * as a function word.
 */
export const JOINED_ARTICLE = /^(?:il|l|ir|is|it|in|id|ix|iż|iċ|ta[lstdrnxżċ]|fi[lstdrnx]|għa[lstdrn]l?|mi[lst]l?|bi[lst]|lil[lstdrn]?|ma[lstdrn]|sa[lstdrn])-\p{L}/u;

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each even ever few for from further had has ' +
    'have having he her here hers herself him himself his how however i if in into is it its itself just least ' +
    'less like many may me might more most much must my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own said same says she should since so some such than that the their theirs ' +
    'them themselves then there these they this those though through to too under until up upon us very was ' +
    'we were what when where whether which while who whom whose why will with within without would yet you ' +
    'your yours yourself yourselves it’s it\'s that’s that\'s there’s there\'s won’t won\'t can’t can\'t ' +
    "don't don’t isn't isn’t wasn't wasn’t hasn't hasn’t didn't didn’t also already still told according " +
    'le la les un une des du de et est en que qui dans pour pas sur au avec il elle ils sont ce cette ' +
    'el los las del y es por con para una su al lo como más pero sus le ya o este ha ' +
    'der die das und ist nicht ein eine zu den mit sich auf für im dem von auch es an werden wird ' +
    'il di che è per una sono della non con del ' +
    'o os as um uma do da em que não com por para ' +
    // Dutch, Swedish, Danish/Norwegian, Polish, Czech, Turkish, Indonesian/Malay, Romanian and Russian/Ukrainian:
    // enough of each language's commonest function words that its prose reads as prose.
    'het een van en op te dat niet zijn voor met aan ook maar bij worden werd naar dan nog ' +
    'och att det som är på för av med till inte har ett om var den men ' +
    'og er til af ikke har med for på som var jeg vi de et ' +
    'się nie że na jest do od dla po przez jak oraz który która które ale też ' +
    'je se na že jsou ve ze pro jako aby ale jeho které ' +
    've bir bu da ile için olarak daha çok gibi ancak olan ' +
    'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga adalah ' +
    'și în pe cu la care nu este pentru mai din ' +
    // Finnish, Estonian, Hungarian and Greek.
    'ja on ei että oli ovat mutta kun myös joka jo tai ole hän niin kuin vain mukaan jälkeen sekä nyt vielä sen voi ' +
    'ka kui mis aga ning või ' +
    'az és hogy nem is egy meg volt van már csak mint ez azt vagy ' +
    // Croatian, Serbian and Bosnian, Slovenian and Slovak; Lithuanian, Latvian and more Estonian; Icelandic.
    'i u je na da se za su od s sa koji koja koje što kao ali iz o će bi bio bila ' +
    'in v so z pa ki tudi bo ne po ' +
    'a sa že s z do pre ako aj to od po by ' +
    'ir kad į su iš yra bet kaip tai ar jo buvo nuo ' +
    'un ir ka no uz ar par bet kā arī tas tā bija ' +
    'et see oli ta nad ' +
    'og að í á er sem til við um en var það hann hún ekki ' +
    // Ukrainian, Bulgarian and Serbian Cyrillic.
    'і в у на з що до не як за від та але це для про його її він вона вони був була було ' +
    'и в на за с от да се че не по е са към със като но който която ' +
    'у је да се за су од са који као али из ' +
    // Vietnamese, Malay, Tagalog, Swahili, Afrikaans, Welsh, Basque and Galician.
    'của và là có được cho với các những một này trong đã không người khi từ theo để về ' +
    'telah kepada oleh bagi ' +
    'ang ng sa na mga at ay si ni para hindi ito kay ' +
    'na wa ya za kwa la katika ni kuwa hiyo hii lakini pia au alisema ' +
    'die en van is het in op vir dat nie met te was sal ' +
    'y yr a ac i yn o ar mae wedi bod ei eu gan am fel ond hefyd ' +
    'eta da ez bat du dira ere baina zen ' +
    'o a os as de do da e que en non para con un unha polo pola ' +
    // Maltese (its article, joined to the noun, is counted in `line-features.ts`).
    "li ta' ma għal minn fuq kien kienet qal qalet dan din biex wara jew iżda huwa hija għandu għandha hemm fejn kif meta ukoll " +
    // Catalan.
    'els les amb una però més dels als seva seu aquest aquesta també ' +
    'και το η ο να του της σε με για που τα των στο στην από είναι θα δεν ' +
    'и в не на что с по это как к из за от о у но же он она они был была было'
  ).split(/\s+/),
);
