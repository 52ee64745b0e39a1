// Synthetic news corpora for the benchmark: invented people, organisations and places, stories
// covered by several outlets each, direct quotes, reported speech and planted disagreements
// (a different amount, date or role for the same subject in another outlet). Deterministic
// (seeded), and every article is different text: sentences are drawn and filled per article.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Bump when the generated text changes, so corpora written by an older generator are rewritten. */
export const GENERATOR_VERSION = 1;

export interface GeneratedArticle {
  file: string;
  text: string;
}

/** mulberry32: small, fast and good enough to draw words. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (list: string): string[] => list.trim().split(/\s*\|\s*|\n\s*/);

const GIVEN = words(`Mara | Tomas | Dewi | Arjun | Lena | Kofi | Ines | Bram | Sita | Oskar | Yuki | Farah | Emil |
  Rosa | Hamid | Clara | Jonas | Nadia | Pieter | Ayu | Malik | Greta | Ravi | Lucia | Stefan | Wulan | Dmitri |
  Amara | Felix | Sari | Tariq | Helena | Idris | Maren | Paolo | Citra | Anton | Leila | Hugo | Rina | Bayu |
  Elif | Marco | Putri | Jasper | Zainab | Nico | Astrid | Kenji | Ophelia | Rafael | Indah | Viktor | Noor`);
const FAMILY = words(`Lindqvist | Anggraini | Okafor | Brandt | Castellano | Haryanto | Novak | Ferreira | Mensah |
  Takeda | Vasquez | Osei | Kowalski | Pradipta | Eriksen | Moreau | Santoso | Delacroix | Iversen | Kurniawan |
  Adeyemi | Holmberg | Marchetti | Wibisono | Sorensen | Nakamura | Quintero | Halvorsen | Setiawan | Duarte |
  Rahman | Strand | Villanueva | Gunawan | Lindgren | Barros | Oyelaran | Petrova | Susanto | Aalto | Fonseca |
  Hartono | Engström | Mwangi | Lucero | Widjaja | Bergstrom | Achterberg | Nugroho | Varga | Kristiansen`);
const ORG_ROOTS = words(`Hydrova | Kestrel | Marisol | Tidewater | Arborline | Solvane | Corvid | Northgate |
  Bluefen | Quarry Hill | Lumen | Redcliff | Saltmarsh | Verdant | Ironbark | Halcyon | Pelican | Silverbrook |
  Emberly | Orchard | Greyhaven | Sunreach | Westmere | Copperleaf | Driftwood | Stonebridge | Meridia | Alder |
  Brightwater | Falconridge | Harbourline | Juniper | Larkspur | Millbrook | Nettlefield | Oakhurst`);
const ORG_KINDS = words(`Group | Holdings | Ltd | Energy | Bank | Foundation | Institute | Authority | Council |
  Development Bank | Water Company | Port Authority | Farmers Union | Research Institute | Airlines | Motors |
  Health Trust | Mining Corporation`);
const MINISTRIES = words(`Water Resources | Finance | Health | Transport | Energy | Fisheries | Public Works |
  Environment | Trade | Education`);
const PLACES = words(`Port Kelana | Tidewater | Samaru | Westbay | Lake Orin | Karang Baru | Northfield |
  Eastmere | Pelabuhan Ratu | Sundale | Greyport | Batu Hijau | Marrow Flats | Cape Alder | Rivermouth`);
const OUTLETS = words(`Harbour Times | Coastline Post | Kabar Tirta | Pacific Ledger | Wavelength Wire |
  Civic Current | Daily Meridian | Lantern Review | Northfield Courier | Sundale Gazette | Tribune Pagi |
  Evening Dispatch | Island Record | Metro Bulletin | Warta Kota`);
const TITLES = words(`chief executive | founder | co-founder | chairman | spokeswoman | spokesman | director |
  chief financial officer | head of operations | senior economist | general manager | deputy director`);
const PROJECTS = words(`desalination plant | toll bridge | container terminal | solar farm | rail link |
  flood barrier | teaching hospital | fish market | water pipeline | wind park | ferry service | data centre`);
const PROJECTS_ID = words(`pabrik desalinasi | jembatan tol | terminal peti kemas | ladang surya | jalur kereta |
  tanggul banjir | rumah sakit pendidikan | pasar ikan | pipa air | taman angin | layanan feri | pusat data`);
const MONTHS = words(`January | February | March | April | May | June | July | August | September | October |
  November | December`);
const MONTHS_ID = words(`Januari | Februari | Maret | April | Mei | Juni | Juli | Agustus | September | Oktober |
  November | Desember`);
const DAYS = words(`Monday | Tuesday | Wednesday | Thursday | Friday`);
const DAYS_ID = words(`Senin | Selasa | Rabu | Kamis | Jumat`);
const SPEECH = words(`said | added | told reporters | explained | warned | insisted | noted | argued`);
const SPEECH_ID = words(`kata | ujar | tutur | jelas`);
const SUBJECTS = words(`The city | The utility | Our team | The ministry | Every household | The region | Investors |
  Small farmers | The lenders | The board | Local fishermen | The first contractor`);
const MODALS = words(`will | cannot | must | should | would never | may not | could | might`);
const VERBS = words(`finish | fund | delay | approve | rebuild | expand | inspect | abandon | review | double |
  protect | price`);
const OBJECTS = words(`the first phase | the permits | the eastern section | the loan terms | the water tariff |
  the safety checks | the whole project | the coastal villages | the new contracts | the budget`);
const TIMES = words(`before the rains | this year | within five years | by the end of next year | without public money |
  on schedule | in the coming months | before the election | after the audit`);
const CONCERNS = words(`costs are rising faster than expected | the permits were rushed | the loan is too short |
  local suppliers were left out | the environmental study is incomplete | demand has been overstated |
  the tender was unusually quiet | the timetable leaves no room for delays`);
const SUBJECTS_ID = words(`Kota ini | Perusahaan kami | Kementerian | Setiap rumah tangga | Para investor | Nelayan setempat`);
const VERBS_ID = words(`menyelesaikan | mendanai | menunda | menyetujui | memeriksa | meninjau | melindungi`);
const OBJECTS_ID = words(`tahap pertama | izin proyek | syarat pinjaman | tarif air | pemeriksaan keselamatan | anggaran`);
const TIMES_ID = words(`tahun ini | sebelum musim hujan | dalam lima tahun | tanpa dana publik | sesuai jadwal`);
const CONCERNS_ID = words(`biaya naik lebih cepat dari perkiraan | izin diterbitkan terlalu cepat | pinjaman terlalu pendek |
  pemasok lokal tidak dilibatkan | kajian lingkungan belum lengkap | permintaan dilebih-lebihkan`);
const BACKGROUND = [
  'The {project} has been discussed in {place} for {n} years, and earlier plans were shelved twice after cost overruns.',
  'Residents of {place} have complained about {concern}, according to a survey published in {month}.',
  'Construction is expected to employ about {n},{n3} workers at its peak, most of them from {place}.',
  'The previous government had promised a similar {project} in {month} {year}, but the tender collapsed.',
  'Analysts noted that {concern}, a point raised repeatedly in parliament last {month}.',
  'Shares in {org} rose {n}.{d} per cent on the news before closing slightly lower.',
  'A public hearing on the {project} is scheduled for {day} in the town hall of {place}.',
  'Environmental groups in {place} said they would study the documents before deciding whether to object.',
  'The agreement follows {n} months of negotiations, during which the price of steel rose and two bidders withdrew from the process in {place}.',
  'Officials in {place} said the first contracts would be awarded in {month}, with the remainder tendered in smaller lots to attract local firms.',
  'Last {month}, a report by an independent panel found that {concern}, and recommended a second review before any money is spent.',
  'The district council of {place} voted {n} to {d} in favour of the plan on {day}, after a debate that lasted late into the evening.',
  'Traffic around the site in {place} will be diverted from {month}, and the port will handle {n3} fewer ships a month during the works.',
  'Opposition members questioned why the budget for the {project} had been revised {d} times since {year}.',
]
const BACKGROUND_ID = [
  '{project} sudah dibahas di {place} selama {n} tahun, dan rencana sebelumnya dua kali dibatalkan karena pembengkakan biaya.',
  'Warga {place} mengeluhkan bahwa {concern}, menurut survei yang diterbitkan pada bulan {month}.',
  'Pembangunan diperkirakan mempekerjakan sekitar {n}.{n3} pekerja, sebagian besar dari {place}.',
  'Sidang publik tentang {project} dijadwalkan pada hari {day} di balai kota {place}.',
];

interface Person {
  name: string;
  family: string;
  title: string;
  org: string;
}

interface Story {
  place: string;
  project: number;
  org: string;
  lender: string;
  ministry: string;
  people: Person[];
  amount: number;
  month: number;
  year: number;
}

interface World {
  people: Person[];
  orgs: string[];
  lenders: string[];
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
/** Skewed towards the start of the list, so a few names recur across many stories, as in real news. */
const pickSkewed = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * random() * list.length)];
const int = (random: Random, from: number, to: number): number => from + Math.floor(random() * (to - from + 1));

/** The fixed cast: people and organisations drawn once per seed, reused by every story. */
function makeWorld(random: Random): World {
  const orgs: string[] = [];
  for (const root of ORG_ROOTS) orgs.push(`${root} ${pick(random, ORG_KINDS)}`);
  const lenders = ORG_ROOTS.slice(0, 8).map((root) => `${root} ${pick(random, ['Development Bank', 'Investment Bank', 'Capital'])}`);
  for (const ministry of MINISTRIES) orgs.push(`Ministry of ${ministry}`);
  const people: Person[] = [];
  for (const family of FAMILY) {
    for (let k = 0; k < 6; k++) {
      const given = pick(random, GIVEN);
      people.push({ name: `${given} ${family}`, family, title: pick(random, TITLES), org: pick(random, orgs) });
    }
  }
  // Shuffle so that the skewed picks favour a mix of names, not one family.
  for (let i = people.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [people[i], people[j]] = [people[j], people[i]];
  }
  return { people, orgs, lenders };
}

function makeStory(random: Random, world: World): Story {
  const people: Person[] = [];
  while (people.length < 4) {
    const person = pickSkewed(random, world.people);
    if (!people.includes(person)) people.push(person);
  }
  return {
    place: pick(random, PLACES), project: Math.floor(random() * PROJECTS.length),
    org: pickSkewed(random, world.orgs), lender: pick(random, world.lenders),
    ministry: pick(random, MINISTRIES), people, amount: int(random, 12, 480), month: int(random, 0, 11), year: int(random, 2019, 2024),
  };
}

/** One outlet's article about a story. About one article in four changes a fact (amount, month
 * or a person's title): the disagreements the conflict finder should report. */
function writeArticle(random: Random, story: Story, outlet: string, indonesian: boolean): string {
  const amount = random() < 0.25 ? story.amount + int(random, 1, 9) * 5 : story.amount;
  const month = random() < 0.2 ? (story.month + int(random, 1, 3)) % 12 : story.month;
  const people = story.people.map((p) => (random() < 0.2 ? { ...p, title: pick(random, TITLES) } : p));
  const fill = (template: string): string => template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'project': return (indonesian ? PROJECTS_ID : PROJECTS)[story.project];
      case 'place': return random() < 0.7 ? story.place : pick(random, PLACES);
      case 'concern': return pick(random, indonesian ? CONCERNS_ID : CONCERNS);
      case 'month': return (indonesian ? MONTHS_ID : MONTHS)[random() < 0.5 ? month : int(random, 0, 11)];
      case 'day': return pick(random, indonesian ? DAYS_ID : DAYS);
      case 'org': return pick(random, [story.org, story.lender]);
      case 'year': return String(story.year - int(random, 1, 6));
      case 'n': return String(int(random, 2, 19));
      case 'n3': return String(int(random, 100, 999));
      case 'd': return String(int(random, 1, 9));
      default: throw new Error(`unknown slot ${slot}`);
    }
  });
  // The quoted words without their final stop: templates add ",” said …" or ".”".
  const quote = (): string => {
    const clause = (): string => indonesian
      ? `${pick(random, SUBJECTS_ID)} akan ${pick(random, VERBS_ID)} ${pick(random, OBJECTS_ID)} ${pick(random, TIMES_ID)}`
      : `${pick(random, SUBJECTS)} ${pick(random, MODALS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, TIMES)}`;
    return random() < 0.5 ? clause() : `${clause()}. ${clause()}`;
  };
  const paragraphs = indonesian
    ? indonesianArticle(random, story, people, amount, month, fill, quote)
    : englishArticle(random, story, people, amount, month, fill, quote);
  const day = indonesian ? pick(random, DAYS_ID) : pick(random, DAYS);
  const headline = indonesian
    ? `${story.org} menandatangani kesepakatan ${PROJECTS_ID[story.project]} senilai ${amount} juta dolar`
    : `${story.org} signs $${amount} million ${PROJECTS[story.project]} deal in ${story.place}`;
  const dateline = `${story.place.toUpperCase()} (${outlet}) — ${day}, ${int(random, 1, 28)} ${(indonesian ? MONTHS_ID : MONTHS)[month]} ${story.year}`;
  return [headline, '', dateline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

type Fill = (template: string) => string;

function englishArticle(random: Random, story: Story, people: Person[], amount: number, month: number, fill: Fill, quote: () => string): string[] {
  const [lead, second, official, critic] = people;
  const project = PROJECTS[story.project];
  const out: string[] = [
    `${story.org} signed an agreement on ${pick(random, DAYS)} to build a ${project} in ${story.place}, financed by a $${amount} million loan from ${story.lender}, the lender confirmed.`,
    `“${quote()},” ${lead.title} ${lead.name} ${pick(random, SPEECH)} at the signing ceremony.`,
    `${lead.family}, ${lead.title} of ${lead.org}, said that the first phase would be completed by ${MONTHS[month]} ${story.year + 1}.`,
    `Minister of ${story.ministry} ${official.name} said the government would cut the permit process for the ${project} from ${int(random, 12, 24)} months to ${int(random, 3, 9)}.`,
    `“${quote()},” ${official.family} ${pick(random, SPEECH)}. “${quote()}.”`,
  ];
  const extras = [
    () => `${second.name}, ${second.title} of ${second.org}, told reporters that ${pick(random, CONCERNS)}.`,
    () => `According to ${story.lender}, ${pick(random, CONCERNS)}.`,
    () => `“${quote()},” said ${critic.name}, ${critic.title} of ${critic.org}.`,
    () => `${critic.family} warned that ${pick(random, CONCERNS)}, and said ${pick(random, SUBJECTS).toLowerCase()} ${pick(random, MODALS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}.`,
    () => `${second.family} ${pick(random, SPEECH)}: “${quote()}.”`,
    () => `${lead.family} denied that ${pick(random, CONCERNS)}.`,
    () => `${official.family} confirmed that ${pick(random, CONCERNS)}.`,
    () => fill(pick(random, BACKGROUND)),
    () => fill(pick(random, BACKGROUND)),
    () => fill(pick(random, BACKGROUND)),
  ];
  const count = int(random, 14, 30);
  for (let k = 0; k < count; k++) out.push(pick(random, extras)());
  return out;
}

function indonesianArticle(random: Random, story: Story, people: Person[], amount: number, month: number, fill: Fill, quote: () => string): string[] {
  const [lead, second, official] = people;
  const project = PROJECTS_ID[story.project];
  const out: string[] = [
    `${story.org} menandatangani perjanjian pada hari ${pick(random, DAYS_ID)} untuk membangun ${project} di ${story.place} dengan pinjaman ${amount} juta dolar dari ${story.lender}.`,
    `“${quote()},” ${pick(random, SPEECH_ID)} ${lead.name}, ${lead.title} ${lead.org}.`,
    `Menteri ${story.ministry} ${official.name} mengatakan bahwa pemerintah akan mempercepat izin untuk ${project} tersebut.`,
    `${lead.family} menyatakan tahap pertama akan selesai pada ${MONTHS_ID[month]} ${story.year + 1}.`,
  ];
  const extras = [
    () => `Menurut ${story.lender}, ${pick(random, CONCERNS_ID)}.`,
    () => `${second.name} mengatakan bahwa ${pick(random, CONCERNS_ID)}.`,
    () => `“${quote()},” ujar ${official.family}.`,
    () => fill(pick(random, BACKGROUND_ID)),
    () => fill(pick(random, BACKGROUND_ID)),
  ];
  const count = int(random, 10, 22);
  for (let k = 0; k < count; k++) out.push(pick(random, extras)());
  return out;
}

/** `count` articles, about six per story, one in ten in Indonesian. */
export function generateCorpus(count: number, seed = 1): GeneratedArticle[] {
  const random = seededRandom(seed);
  const world = makeWorld(random);
  const articles: GeneratedArticle[] = [];
  const seen = new Set<string>();
  let story = makeStory(random, world);
  while (articles.length < count) {
    if (articles.length % 6 === 0) story = makeStory(random, world);
    const outlet = pick(random, OUTLETS);
    const text = writeArticle(random, story, outlet, random() < 0.1);
    if (seen.has(text)) continue; // never two identical files
    seen.add(text);
    const slug = outlet.toLowerCase().replace(/\W+/g, '-');
    articles.push({ file: `${String(articles.length).padStart(5, '0')}_${slug}.txt`, text });
  }
  return articles;
}

/** Writes the corpus to `folder` unless a complete one from this generator version is there. */
export async function writeCorpus(folder: string, count: number, seed = 1): Promise<void> {
  const stamp = path.join(folder, '.generated.json');
  const expected = JSON.stringify({ version: GENERATOR_VERSION, count, seed });
  if ((await fs.readFile(stamp, 'utf8').catch(() => '')) === expected) return;
  await fs.rm(folder, { recursive: true, force: true });
  await fs.mkdir(folder, { recursive: true });
  const articles = generateCorpus(count, seed);
  for (let i = 0; i < articles.length; i += 200) {
    await Promise.all(articles.slice(i, i + 200).map((a) => fs.writeFile(path.join(folder, a.file), a.text)));
  }
  await fs.writeFile(stamp, expected);
}
