/**
 * English stopwords (function words), in the folded form produced by `tokenize`:
 * lower-case, apostrophes removed ("won't" → "wont", "we've" → "weve").
 * Used to decide which tokens are content words.
 */
const LIST = `a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anybody anyhow anyone anything anyway anywhere are around as at
be became because become becomes becoming been before beforehand behind being below beside besides between
beyond both but by can cannot could did do does doing done down during each either else elsewhere enough
etc even ever every everyone everything everywhere except few for former formerly from further had has have
having he hence her here hereafter hereby herein hers herself him himself his how however i ie if in indeed
into is it its itself just last latter latterly least less let lets like many may me meanwhile might mine
more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor
not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out
over own per perhaps please quite rather re really same seem seemed seeming seems several she should since so
some somehow someone something sometime sometimes somewhere still such than that the their theirs them
themselves then thence there thereafter thereby therefore therein thereupon these they this those though
through throughout thru thus to together too toward towards under until up upon us very via was we well were
what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which
while whither who whoever whole whom whose why will with within without would yet you your yours yourself
yourselves s t d ll m re ve
aint arent cant couldnt didnt doesnt dont hadnt hasnt havent hed hell hes id ill im isnt itd itll ive
shes shouldnt thats theres theyd theyll theyre theyve wasnt wed well were weve werent whats wheres whos
wont wouldnt youd youll youre youve yall`;

export const STOPWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}
