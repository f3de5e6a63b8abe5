/** Word lists for the synthetic archive: ordinary news vocabulary, names and places. */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const FIRST_NAMES = words(`
James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica
Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret Mark Sandra Donald Ashley
Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa
Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy
Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen
Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet
Priya Amara Kenji Fatima Mateo Ingrid Tariq Yuki Oluwaseun Sofia Rafael Leila Dmitri Aisha Lars Mei Javier Nadia
Hamid Chiara Kwame Elif Tomasz Ana Rohan Ngozi Pierre Hana Malik Sunita Andrei Lucia Bongani Marisol Arjun Freya`);

export const LAST_NAMES = words(`
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson
Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker
Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell
Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy
Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson
Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross
Okafor Lindqvist Tanaka Haddad Kowalski Novak Petrov Rossi Dubois Schneider Yilmaz Mensah Adeyemi Chaudhry
Fernandes Kruger Nakamura Ivanova Olsen Moreau Bianchi Eriksen Achterberg Varga Horvat Papadopoulos Oyelaran`);

/** Syllables for invented place and company names, so vocabulary grows with the archive. */
export const SYLLABLES = words(`
ar bel cor dan el fen gar hal ist jor kel lan mar nor ost pel quin ros sal tor ul ven wes yar zan bra cle dru
fra gla kri plo sta tre vor ash ber cal dor eth fal gor hen ith kal lor mon nes or pra rin sun tal und val win`);

export const REGIONS = words(`
Northshire Eastvale Riverton Westmarch Lakeside Highmoor Southbay Kingsport Ashford Millbrook Harrowgate Stonebridge
Fairhaven Brightwater Oakridge Redcliff Greenhollow Silverton Coldharbour Marlow`);

export const NOUNS = words(`
agency agreement airport analyst approach area army assembly audit authority ballot bank bill board border budget
building bureau business cabinet campaign candidate capital case ceasefire center chairman challenge charge city
claim climate coalition committee community company complaint conference contract council country court crisis
customer data deadline deal debate decision deficit delegation demand department deputy director dispute district
drought economy election emergency employee energy evidence executive expansion factory family farm figure fire
firm flood force framework fund funding government grant group growth harbour health hearing highway hospital
household housing increase industry inflation inquiry inspector institute investigation investor island judge jury
labour law lawmaker lawsuit leader legislation license loan majority manager market mayor measure merger minister
ministry minority mission network office officer official operation opposition order panel parliament partner party
patient payment pension permit pipeline plan plant platform police policy port power premier price program project
proposal prosecutor protest province railway rate reactor referendum reform region regulator report reservoir
resident resolution response review revenue risk route ruling safety sanctions school scientist season sector
senate service settlement shortage site spokesperson standard statement station strategy strike study subsidy
supplier supply survey system tariff tax teacher technology tender terminal test threat trade treaty trial tribunal
union university vaccine vote voter wage warehouse warning water witness worker`);

export const VERBS_PAST = words(`
announced approved argued blocked called cancelled challenged confirmed criticised cut defended delayed denied
described disclosed dismissed doubled downgraded drafted earmarked endorsed estimated expanded extended flagged
froze halted highlighted identified imposed increased introduced launched lifted limited outlined overturned paused
pledged postponed proposed published questioned raised rejected released renewed reported restored reversed revised
ruled secured signed suspended tightened tripled unveiled upheld urged warned welcomed withdrew`);

export const VERBS_BASE = words(`
accept address affect allow approve avoid block boost change close complete consider cover create cut delay deliver
determine expand extend face fund improve increase invest keep limit lower meet monitor open oppose pay protect
provide reach reduce reform replace resolve restore review revise secure strengthen support suspend test track
undermine weaken`);

export const ADJECTIVES = words(`
additional administrative annual broad central chronic coastal commercial competitive complex controversial critical
current dangerous direct domestic early economic emergency environmental existing federal financial foreign formal
former full general global gradual historic independent industrial initial internal international interim key
landmark legal local long-term major maritime medical modest municipal national new official ongoing overall
parliamentary partial political preliminary previous private proposed public quarterly recent regional regulatory
remote rural senior serious severe sharp significant similar social special strategic substantial sudden temporary
unexpected unprecedented urban wider`);

export const ADVERBS = words(`
sharply quietly repeatedly publicly formally briefly largely narrowly partly roughly steadily swiftly widely firmly
initially eventually reportedly separately jointly privately`);

export const MONTHS = words(`January February March April May June July August September October November December`);
export const WEEKDAYS = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);

export const TOPICS = words(`
port-expansion water-rationing rail-strike hospital-merger school-closures wildfire-response bank-collapse
tariff-dispute mayoral-race reactor-inspection housing-bill flood-defences vaccine-rollout mining-permit
pension-reform airport-runway bridge-collapse drought-relief data-breach fishing-quota teachers-pay refinery-fire
ceasefire-talks budget-vote highway-tolls power-outage election-recount chemical-spill stadium-deal factory-layoffs`);

export const ROLES = words(`minister mayor spokesperson director chairman governor prosecutor economist analyst professor councillor commissioner`);
