// A compact gazetteer: countries, major cities and regions, demonyms, and the words that make a
// name a place ("Zhejiang province", "Silicon Valley", "Fort Wayne"). Places are not entities,
// except a capital or country acting as its government ("Beijing wants", "Russia said").
import { set } from './words';

/** Countries and the country each capital, demonym or other name stands for (lower case). */
const COUNTRY_NAMES = `
  afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
  bangladesh belarus belgium bolivia bosnia brazil britain brunei bulgaria cambodia cameroon
  canada chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt england
  eritrea estonia ethiopia fiji finland france georgia germany ghana greece guatemala haiti
  honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
  kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg
  madagascar malaysia maldives mali malta mexico moldova monaco mongolia montenegro morocco
  mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan
  palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda
  scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland
  syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine
  uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe
  tiongkok cina amerika jepang rusia inggris prancis jerman belanda australia korea arab
  united-states united-kingdom south-korea north-korea south-africa new-zealand saudi-arabia
  sri-lanka hong-kong czech-republic dominican-republic costa-rica el-salvador
  ivory-coast south-sudan central-african-republic united-arab-emirates amerika-serikat
  korea-selatan korea-utara
`;

/** Capitals (and seats of government) that stand for their country's government. */
export const CAPITALS: ReadonlyMap<string, string> = new Map([
  ['beijing', 'china'], ['washington', 'united states'], ['moscow', 'russia'], ['london', 'united kingdom'],
  ['paris', 'france'], ['berlin', 'germany'], ['tokyo', 'japan'], ['seoul', 'south korea'],
  ['pyongyang', 'north korea'], ['tehran', 'iran'], ['jakarta', 'indonesia'], ['new delhi', 'india'],
  ['brussels', 'european union'], ['kyiv', 'ukraine'], ['kiev', 'ukraine'], ['ottawa', 'canada'],
  ['canberra', 'australia'], ['taipei', 'taiwan'], ['ankara', 'turkey'], ['riyadh', 'saudi arabia'],
  ['cairo', 'egypt'], ['islamabad', 'pakistan'], ['kabul', 'afghanistan'], ['baghdad', 'iraq'],
  ['damascus', 'syria'], ['hanoi', 'vietnam'], ['bangkok', 'thailand'], ['manila', 'philippines'],
  ['kuala lumpur', 'malaysia'], ['madrid', 'spain'], ['rome', 'italy'], ['warsaw', 'poland'],
  ['stockholm', 'sweden'], ['oslo', 'norway'], ['copenhagen', 'denmark'], ['helsinki', 'finland'],
  ['vienna', 'austria'], ['athens', 'greece'], ['lisbon', 'portugal'], ['dublin', 'ireland'],
  ['havana', 'cuba'], ['caracas', 'venezuela'], ['brasilia', 'brazil'], ['mexico city', 'mexico'],
  ['buenos aires', 'argentina'], ['nairobi', 'kenya'], ['pretoria', 'south africa'], ['abuja', 'nigeria'],
  ['minsk', 'belarus'], ['budapest', 'hungary'], ['prague', 'czech republic'], ['belgrade', 'serbia'],
  ['tel aviv', 'israel'], ['jerusalem', 'israel'], ['wellington', 'new zealand'], ['dhaka', 'bangladesh'],
  ['naypyidaw', 'myanmar'], ['phnom penh', 'cambodia'], ['kremlin', 'russia'], ['downing street', 'united kingdom'],
]);

/** Demonyms and the country they name. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['chinese', 'china'], ['american', 'united states'], ['u.s.', 'united states'], ['us', 'united states'],
  ['russian', 'russia'], ['british', 'united kingdom'], ['french', 'france'], ['german', 'germany'],
  ['japanese', 'japan'], ['korean', 'south korea'], ['south korean', 'south korea'], ['north korean', 'north korea'],
  ['indian', 'india'], ['indonesian', 'indonesia'], ['israeli', 'israel'], ['iranian', 'iran'], ['iraqi', 'iraq'],
  ['syrian', 'syria'], ['turkish', 'turkey'], ['saudi', 'saudi arabia'], ['egyptian', 'egypt'],
  ['mexican', 'mexico'], ['canadian', 'canada'], ['australian', 'australia'], ['brazilian', 'brazil'],
  ['italian', 'italy'], ['spanish', 'spain'], ['ukrainian', 'ukraine'], ['polish', 'poland'], ['dutch', 'netherlands'],
  ['swedish', 'sweden'], ['norwegian', 'norway'], ['danish', 'denmark'], ['finnish', 'finland'], ['swiss', 'switzerland'],
  ['austrian', 'austria'], ['belgian', 'belgium'], ['greek', 'greece'], ['portuguese', 'portugal'], ['irish', 'ireland'],
  ['vietnamese', 'vietnam'], ['thai', 'thailand'], ['malaysian', 'malaysia'], ['filipino', 'philippines'],
  ['singaporean', 'singapore'], ['pakistani', 'pakistan'], ['afghan', 'afghanistan'], ['nigerian', 'nigeria'],
  ['kenyan', 'kenya'], ['south african', 'south africa'], ['taiwanese', 'taiwan'], ['european', 'european union'],
  ['palestinian', 'palestine'], ['lebanese', 'lebanon'], ['cuban', 'cuba'], ['venezuelan', 'venezuela'],
  ['argentine', 'argentina'], ['chilean', 'chile'], ['colombian', 'colombia'], ['peruvian', 'peru'],
  ['hungarian', 'hungary'], ['czech', 'czech republic'], ['romanian', 'romania'], ['serbian', 'serbia'],
  ['english', 'united kingdom'], ['scottish', 'united kingdom'], ['welsh', 'united kingdom'],
]);

/** Cities, provinces, states and regions that are often written beside names. */
const OTHER_PLACES = `
  shanghai shenzhen guangzhou hangzhou tianjin chongqing wuhan chengdu nanjing xian zhejiang
  guangdong jiangsu fujian sichuan hubei hunan shandong henan hebei yunnan xinjiang tibet
  hainan macau wuzhen
  mumbai delhi bangalore kolkata chennai karachi lahore osaka kyoto yokohama busan incheon
  surabaya bandung medan semarang yogyakarta makassar bali java jawa sumatra sumatera
  kalimantan sulawesi papua karawang bekasi depok tangerang bogor
  sydney melbourne toronto montreal vancouver dubai doha istanbul geneva zurich frankfurt
  munich hamburg milan barcelona amsterdam rotterdam manchester birmingham liverpool
  edinburgh glasgow marseille lyon johannesburg lagos
  york new-york los-angeles san-francisco chicago houston dallas boston atlanta miami
  seattle denver detroit philadelphia phoenix austin cleveland charlotte pittsburgh baltimore
  las-vegas san-diego new-orleans st-louis kansas-city oklahoma-city salt-lake-city
  silicon-valley wall-street capitol-hill middle-east far-east southeast-asia south-asia
  east-asia central-asia latin-america north-america south-america eastern-europe
  western-europe northern-europe central-europe asia europe africa oceania antarctica
  asia-pacific
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
  hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
  michigan minnesota mississippi missouri montana nebraska nevada new-hampshire new-jersey
  new-mexico north-carolina north-dakota ohio oklahoma oregon pennsylvania rhode-island
  south-carolina south-dakota tennessee texas utah vermont virginia west-virginia wisconsin
  wyoming
  gaza crimea donbas kashmir america
  ny nc dc sc nj nh nm nd sd md va ga fla calif tex ill mich mass conn ore ariz colo ky mo nev
  okla pa tenn wis wyo minn wash
`;

const spaced = (words: string): string[] => [...set(words)].map((p) => p.replace(/-/g, ' '));
const COUNTRIES: ReadonlySet<string> = new Set(spaced(COUNTRY_NAMES));

/** Every place above as a lower-case name ("new york", "silicon valley"). */
export const PLACES: ReadonlySet<string> = new Set([
  ...COUNTRIES, ...spaced(OTHER_PLACES), ...CAPITALS.keys(), ...DEMONYMS.keys(),
]);

/** The country a country name, capital or demonym stands for ("beijing" → "china"), lower case. */
export function countryOf(place: string): string | undefined {
  return DEMONYMS.get(place) ?? CAPITALS.get(place) ?? (COUNTRIES.has(place) ? place : undefined);
}

/** Words that end a place's name ("Zhejiang Province", "Silicon Valley", "Kansas City"). */
export const PLACE_SUFFIXES = set(`
  city county province state states district region zone area valley island islands isle bay
  sea ocean river lake mountain mountains hills hill heights springs falls beach coast
  peninsula gulf strait canal street avenue road square plaza airport park harbor harbour
  port atoll strip desert forest village town township prefecture territory
  bridge lane drive crescent terrace boulevard highway motorway station stadium arena tower
  market wharf quay pier borough
  kota kabupaten provinsi pulau jalan
`);

/** Points of the compass that make a place of a place ("South Korea", "Jawa Barat", "Sulawesi
 * Tenggara"): English ones come before it, Indonesian ones after. */
export const COMPASS_BEFORE = set(`north south east west northern southern eastern western central upper lower`);
export const COMPASS_AFTER = set(`utara selatan timur barat tengah tenggara`);

/** Words that start a place's name ("Fort Wayne", "Port St. Lucie", "Mount Everest", "Kota Sagara"). */
export const PLACE_PREFIXES = set(`fort port mount mt lake st st. san santa saint kota kabupaten provinsi pulau jalan teluk gunung desa kecamatan kelurahan dusun kampung
  terminal pelabuhan stasiun bandara gedung wisma lapangan taman jl jl. nusa pasar stadion masjid gereja pantai danau sungai bukit`);

/** Indonesian words after which a capitalised word is a place: "Kota Lestari", "Kabupaten Bogor",
 * "di Lestari" (in Lestari). */
export const PLACE_INTRODUCERS_ID = set(`kota kabupaten provinsi kecamatan kelurahan desa di`);

/** Common nouns that make an appositive call a name a place ("Carrow House, the court building"). */
export const PLACE_NOUNS = set(`building buildings venue site ground grounds street road square district village town city
  suburb neighbourhood neighborhood estate hall arena stadium bridge port harbour harbor area region island
  landmark mansion tower complex campus park river valley`);
