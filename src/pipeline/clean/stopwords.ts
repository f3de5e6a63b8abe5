/**
 * Function words used to tell prose from chrome (jusText's main signal).
 * Mostly English, plus the commonest French, Spanish, German, Italian and
 * Portuguese function words so that foreign-language prose is not mistaken
 * for a menu.
 */
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
    'o os as um uma do da em que não com por para'
  ).split(/\s+/),
);
