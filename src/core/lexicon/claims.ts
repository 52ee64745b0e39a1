// Words that carry claims: titles and their ranks, numbers and units, dates, the events dates
// belong to, denials and negations, and the opposites that make two statements disagree
// (English and Indonesian). Multi-word entries are written with spaces and matched word by word.
import { set } from './words';

/** Builds a phrase → value map from lines of `value: phrase, phrase, …`. */
const phrases = (table: string): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  for (const line of table.trim().split('\n')) {
    const [value, list] = line.split(':');
    for (const phrase of list.split(',')) if (phrase.trim()) map.set(phrase.trim(), value.trim());
  }
  return map;
};

// ---- roles and titles ----------------------------------------------------------------------

/** Title phrases → their canonical head. Longest phrase wins when several match. */
export const ROLE_HEADS = phrases(`
  ceo: ceo, chief executive, chief executive officer, group chief executive, president director, president-director, direktur utama, dirut, presiden direktur, kepala eksekutif
  cfo: cfo, chief financial officer, finance director, direktur keuangan
  coo: coo, chief operating officer, direktur operasional
  cto: cto, chief technology officer, chief technical officer
  chairman: chairman, chairwoman, chairperson, chair, ketua, ketua umum, presiden komisaris, komisaris utama
  president: president, presiden
  founder: founder, pendiri, founding father
  co-founder: co-founder, cofounder, co founder, salah satu pendiri, one of the founders, founding partner
  author: author, lead author, first author, senior author, penulis utama
  co-author: co-author, coauthor, co-authors, one of the authors, salah satu penulis
  managing director: managing director, md
  general manager: general manager, manajer umum
  general secretary: general secretary, secretary-general, secretary general, sekretaris jenderal, sekjen
  director-general: director-general, director general, direktur jenderal, dirjen
  music director: music director, musical director, direktur musik
  artistic director: artistic director, direktur artistik
  chief conductor: chief conductor, principal conductor, konduktor utama
  conductor: conductor, konduktor
  director: director, direktur
  head: head, chief, kepala, pimpinan, pemimpin
  chief of staff: chief of staff, kepala staf
  minister: minister, menteri
  prime minister: prime minister, perdana menteri, premier, premiere
  secretary: secretary, sekretaris
  governor: governor, gubernur
  mayor: mayor, wali kota, walikota
  regent: regent, bupati
  senator: senator
  spokesperson: spokesperson, spokesman, spokeswoman, juru bicara, jubir, press secretary, press officer
  under-secretary: under-secretary, undersecretary, under secretary
  ambassador: ambassador, duta besar, dubes
  commissioner: commissioner, komisioner
  coordinator: coordinator, koordinator
  manager: manager, manajer
  partner: partner, managing partner, mitra
  analyst: analyst, analis
  economist: economist, ekonom
  professor: professor, profesor, guru besar
  researcher: researcher, peneliti, research fellow
  academician: academician, akademisi
  editor: editor, editor-in-chief, pemimpin redaksi
  member: member, anggota
  adviser: adviser, advisor, penasihat
  owner: owner, pemilik
  investor: investor
  lawyer: lawyer, attorney, pengacara
  judge: judge, hakim
  leader: leader
  executive: executive, eksekutif
  officer: officer, official, pejabat
  councillor: councillor, councilor, council member, councilwoman, councilman, anggota dewan
  lawmaker: lawmaker, legislator, mp, member of parliament, congressman, congresswoman, anggota dpr
  prosecutor: prosecutor, jaksa
  police chief: police chief, kapolri, kapolda, kapolres
  general: general, jenderal
  chancellor: chancellor, rektor
`);

/** The first word of what a department does, after "head of" ("head of operations", "head of
 * public affairs"): that head holds an office. */
export const DEPARTMENT_WORDS = set(`
  operations research communications policy sales marketing security strategy finance legal
  engineering development design news digital investigations economics programs public
  government human production technology
`);

/** Heads that describe what someone is or did rather than an office they hold: two different
 * ones, or one of them and an office, can all be true at once ("co-founder" and "CEO"). */
export const ATTRIBUTE_HEADS = set(`
  founder co-founder author co-author member investor owner analyst economist professor researcher
  academician lawyer adviser partner executive officer leader editor judge
`);

/** Words that put a title one rank below the office ("Deputy Minister", "Wakil Wali Kota"). */
export const RANK_WORDS = set(`vice deputy wakil assistant associate`);

/** Words that say a title is not (or not yet, or no longer) fully held. */
export const STATUS_WORDS: ReadonlyMap<string, string> = phrases(`
  former: former, ex, ex-, mantan, bekas, then, erstwhile, previous
  outgoing: outgoing, departing, retiring, lame-duck
  acting: acting, interim, caretaker, pelaksana tugas, plt, pj, penjabat
  incoming: incoming, designate, elect, newly appointed
  late: late, mendiang, almarhum
`);

/** Words written inside a title phrase that do not change what the title is. */
export const ROLE_FILLER = set(`
  the a an its his her their our and dan & of at for in from di dari untuk yang juga menjabat sebagai
  is was has been who whose now currently saat ini kini senior top principal lead 's ’s
`);

// ---- numbers ---------------------------------------------------------------------------------

/** Number words (English and Indonesian) → value. Compounds ("twenty-five", "dua puluh") are
 * read by combining these. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12], ['dozens', 24],
  ['nol', 0], ['satu', 1], ['se', 1], ['dua', 2], ['tiga', 3], ['empat', 4], ['lima', 5], ['enam', 6], ['tujuh', 7],
  ['delapan', 8], ['sembilan', 9], ['sepuluh', 10], ['sebelas', 11], ['seratus', 100], ['seribu', 1000],
]);

/** Words that multiply the number before them. Indonesian "belas" and "puluh" are read as teens and tens. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['k', 1e3],
  ['ribu', 1e3], ['juta', 1e6], ['miliar', 1e9], ['milyar', 1e9], ['triliun', 1e12], ['rb', 1e3], ['jt', 1e6],
  ['belas', 10], ['puluh', 10], ['ratus', 100], ['hundred', 100],
]);

/** Fractions and multiples as words ("by a third", "halve", "sepertiganya"). */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 0.5], ['halve', 0.5], ['halved', 0.5], ['halving', 0.5], ['third', 1 / 3], ['thirds', 1 / 3], ['quarter', 0.25],
  ['quarters', 0.25], ['fifth', 0.2], ['tenth', 0.1], ['double', 2], ['doubled', 2], ['doubling', 2], ['triple', 3],
  ['tripled', 3], ['twice', 2], ['setengah', 0.5], ['separuh', 0.5], ['sepertiga', 1 / 3], ['seperempat', 0.25],
  ['seperlima', 0.2], ['seperlimanya', 0.2], ['sepertiganya', 1 / 3], ['separuhnya', 0.5], ['setengahnya', 0.5],
  ['seperempatnya', 0.25], ['dua kali lipat', 2], ['tiga kali lipat', 3],
]);

/** Currency signs and codes before or after an amount → ISO-like code. */
export const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['dollar', 'USD'], ['dollars', 'USD'], ['dolar', 'USD'],
  ['€', 'EUR'], ['eur', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'], ['£', 'GBP'], ['gbp', 'GBP'], ['pound', 'GBP'],
  ['pounds', 'GBP'], ['¥', 'JPY'], ['yen', 'JPY'], ['yuan', 'CNY'], ['cny', 'CNY'], ['rmb', 'CNY'], ['renminbi', 'CNY'],
  ['rp', 'IDR'], ['idr', 'IDR'], ['rupiah', 'IDR'], ['s$', 'SGD'], ['sgd', 'SGD'], ['hk$', 'HKD'], ['a$', 'AUD'],
  ['rm', 'MYR'], ['ringgit', 'MYR'], ['₹', 'INR'], ['rupee', 'INR'], ['rupees', 'INR'],
]);

/** Words before a number that make it approximate or a bound. */
export const APPROXIMATE_WORDS = phrases(`
  about: about, around, roughly, approximately, some, nearly, almost, close to, an estimated, sekitar, kira-kira, hampir, kurang lebih, lebih kurang, sekira
  min: more than, over, at least, upwards of, in excess of, lebih dari, setidaknya, sedikitnya, minimal, paling sedikit
  max: up to, less than, under, at most, fewer than, no more than, hingga, sampai, kurang dari, maksimal, paling banyak
`);

/** Time units for durations → canonical unit. */
export const DURATION_UNITS: ReadonlyMap<string, string> = phrases(`
  hour: hour, hours, jam
  day: day, days, hari
  week: week, weeks, pekan, minggu
  month: month, months, bulan
  year: year, years, tahun
`);

/** What a number counts or prices → a class shared by words that measure the same thing. Only
 * these are compared: a number about anything else has no counterpart to disagree with. */
export const MEASURED_NOUNS = phrases(`
  gathering: summit, summits, conference, conferences, meeting, meetings, talks, forum, congress, convention, festival, fair, expo, exhibition, debate, debates, hearing, ceremony, ktt, konferensi, pertemuan, pameran, forum, kongres, festival, muktamar, rapat, sidang, debat, upacara
  visit: visit, trip, tour, kunjungan, lawatan
  strike: strike, walkout, protest, mogok, unjuk rasa, demonstrasi
  trial: pilot, trial, test, uji coba, percontohan
  jobs: job, jobs, worker, workers, employee, employees, staff, staffer, staffers, position, positions, layoffs, pekerja, karyawan, pegawai, tenaga kerja, buruh, pekerjaan, lapangan kerja
  people: people, person, residents, passengers, visitors, attendees, delegates, participants, users, customers, orang, warga, penumpang, pengunjung, peserta, pengguna, pelanggan
  dead: dead, deaths, killed, died, fatalities, victims, tewas, meninggal, korban
  injured: injured, injuries, wounded, hurt, luka, luka-luka, terluka, cedera
  arrested: arrested, arrests, detained, ditangkap, ditahan
  displaced: displaced, evacuated, evacuees, homeless, refugees, mengungsi, pengungsi, dievakuasi
  cases: cases, infections, infected, kasus, terinfeksi
  warnings: warning, warnings, complaint, complaints, peringatan, teguran, keluhan, aduan
  vehicles: bus, buses, car, cars, vehicle, vehicles, truck, trucks, train, trains, jet, jets, aircraft, plane, planes, ship, ships, bis, mobil, kendaraan, truk, kereta, pesawat, kapal, armada, unit
  robots: robot, robots
  plants: plant, plants, factory, factories, facility, facilities, site, sites, smelter, smelters, refinery, refineries, pabrik, instalasi, fasilitas, kilang
  hubs: hub, hubs, warehouse, warehouses, store, stores, branch, branches, office, offices, gudang, toko, cabang, kantor
  hospitals: hospital, hospitals, school, schools, rumah sakit, sekolah
  homes: home, homes, house, houses, household, households, rumah, rumah tangga
  countries: country, countries, nation, nations, negara
  loan: loan, loans, credit, financing, pinjaman, kredit, pembiayaan
  fine: fine, fines, fined, penalty, penalties, damages, denda, didenda, sanksi
  price: price, purchase, acquisition, takeover, deal, buy, bought, acquire, acquired, sale, sold, valuation, bid, bids, offer, fee, fees, transfer, pembelian, akuisisi, harga, kesepakatan, tawaran
  investment: investment, investments, invest, invested, stake, investasi, penanaman modal
  fare: fare, fares, tariff, tariffs, ticket, tickets, tarif, ongkos, tiket
  budget: budget, budgets, spending, spend, spends, spent, funding, grant, subsidy, subsidies, aid, relief, anggaran, dana, hibah, subsidi, bantuan, menghabiskan, mengeluarkan
  cost: cost, costs, costing, biaya, berbiaya
  revenue: revenue, revenues, sales, turnover, pendapatan, penjualan, omzet
  profit: profit, profits, earnings, net income, laba, keuntungan
  loss: loss, losses, kerugian, rugi
  wage: wage, wages, salary, salaries, upah, gaji
  contract: contract, contracts, lease, leases, kontrak, masa kontrak
  vote: vote, votes, voted, voting, suara, pemungutan
  age: age, aged, umur, usia, berusia, berumur
`);

/** What a percentage measures, named before it → class: "its growth target … to 4.8 percent",
 * "suku bunga acuan di level 6,25 persen". Polls are left out: two polls' figures for one
 * candidate are two measurements, not a disagreement. */
export const PERCENT_MEASURES = phrases(`
  growth: growth, economic growth, gdp growth, pertumbuhan, pertumbuhan ekonomi
  inflation: inflation, inflasi
  interest: interest rate, interest rates, benchmark rate, policy rate, key rate, suku bunga, bunga acuan, suku bunga acuan
  unemployment: unemployment, jobless rate, unemployment rate, pengangguran, tingkat pengangguran
  tax: tax rate, tax, pajak, tarif pajak
  tariff: tariff, tariffs, duty, duties, bea masuk
  stake: stake, kepemilikan
`);

// ---- dates -----------------------------------------------------------------------------------

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
  ['minggu', 0], ['ahad', 0], ['senin', 1], ['selasa', 2], ['rabu', 3], ['kamis', 4], ['jumat', 5], ["jum'at", 5], ['sabtu', 6],
]);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
  ['januari', 1], ['februari', 2], ['maret', 3], ['mei', 5], ['juni', 6], ['juli', 7], ['agustus', 8],
  ['oktober', 10], ['desember', 12], ['okt', 10], ['agu', 8], ['agt', 8], ['des', 12],
]);

/** Seasons and holidays that stand for a month ("Spring 2027", "by Christmas 2026"). */
export const SEASON_MONTHS: ReadonlyMap<string, number> = new Map([
  ['spring', 4], ['summer', 7], ['autumn', 10], ['fall', 10], ['winter', 1], ['christmas', 12], ['easter', 4],
  ['new year', 1], ['ramadan', 4], ['lebaran', 4], ['natal', 12],
]);

/** Quarters of a year → their number: "the first quarter of 2025", "Q2 2025", "kuartal III 2024". */
export const QUARTERS: ReadonlyMap<string, number> = new Map([
  ['first quarter', 1], ['second quarter', 2], ['third quarter', 3], ['fourth quarter', 4], ['final quarter', 4],
  ['q1', 1], ['q2', 2], ['q3', 3], ['q4', 4],
  ['kuartal i', 1], ['kuartal ii', 2], ['kuartal iii', 3], ['kuartal iv', 4], ['kuartal pertama', 1], ['kuartal kedua', 2],
  ['kuartal ketiga', 3], ['kuartal keempat', 4], ['triwulan i', 1], ['triwulan ii', 2], ['triwulan iii', 3], ['triwulan iv', 4],
]);

/** Relative dates → [unit, offset] from the article's date. */
export const RELATIVE_DATES: ReadonlyMap<string, [unit: 'year' | 'month' | 'day', offset: number]> = new Map([
  ['last year', ['year', -1]], ['this year', ['year', 0]], ['next year', ['year', 1]], ['a year ago', ['year', -1]],
  ['tahun lalu', ['year', -1]], ['tahun ini', ['year', 0]], ['tahun depan', ['year', 1]], ['setahun lalu', ['year', -1]],
  ['last month', ['month', -1]], ['this month', ['month', 0]], ['next month', ['month', 1]],
  ['bulan lalu', ['month', -1]], ['bulan ini', ['month', 0]], ['bulan depan', ['month', 1]],
  ['yesterday', ['day', -1]], ['today', ['day', 0]], ['tomorrow', ['day', 1]],
  ['kemarin', ['day', -1]], ['hari ini', ['day', 0]], ['besok', ['day', 1]],
]);

/** Events a date can belong to → event class. A date is compared only with dates of the same
 * event class about the same subject. Speech verbs are left out on purpose: a person speaks
 * on many days, and two dates for two statements do not disagree. */
export const DATED_EVENTS = phrases(`
  open: open, opens, opened, opening, kicked off, kicks off, inaugurated, inaugurate, meresmikan, launch, launched, launches, unveiled, rolled out, began operating, started operating, began, begins, begin, starts, starting, commence, commences, commenced, commencing, dibuka, membuka, pembukaan, dibukanya, diresmikan, diluncurkan, meluncurkan, peluncuran, luncurkan, dimulai, mulai beroperasi
  close: close, closes, closed, closing, ends, ended, wraps up, concluded, runs until, ditutup, menutup, penutupan, berakhir
  reopen: reopen, reopens, reopened, reopening, open again, dibuka kembali
  found: founded, co-founded, cofounded, established, set up, started the company, didirikan, mendirikan, berdiri, dibentuk
  sign: signed, signing, inked, ditandatangani, menandatangani, penandatanganan, diteken, meneken
  hold: held, hosted, took place, takes place, diadakan, digelar, diselenggarakan, berlangsung
  elect: elected, re-elected, election, terpilih, pemilihan, pemilu
  appoint: appointed, named, nominated, took office, sworn in, dilantik, diangkat, ditunjuk
  resign: resigned, stepped down, quit, retired, retirement, mundur, mengundurkan diri, pensiun
  die: died, killed, death, meninggal, wafat, tewas
  born: born, lahir
  fire: fire, blaze, kebakaran
  coup: coup, kudeta
  attack: attack, attacked, bombing, serangan
  merger: merger, merged, acquisition, acquired, takeover, bought, merger, akuisisi
  listing: ipo, listing, listed, went public, melantai
  fine: fined, fine, penalty, didenda, denda
  ruling: ruling, ruled, verdict, judgment, judgement, sentenced, sentencing, convicted, acquitted, ordered, putusan, vonis, divonis, memutuskan
  arrest: arrested, detained, ditangkap, ditahan
  complete: completed, completion, finished, rampung, selesai, diselesaikan
`);

/** DATED_EVENTS' classes as nouns, for a finding's summary ("date of the death"); the others are
 * nouns already ("fire", "merger"). */
export const DATED_EVENT_NAMES: Readonly<Record<string, string>> = {
  open: 'opening', close: 'closing', reopen: 'reopening', found: 'founding', sign: 'signing', hold: 'event',
  elect: 'election', appoint: 'appointment', resign: 'resignation', die: 'death', born: 'birth',
  complete: 'completion',
};

/** Nouns that name which event a date belongs to → kind of event. Two dates of the same kind of
 * event ("the first debate") are one event's even when the articles name different organisers;
 * dates of different kinds ("the debate", "the vote") are never compared. */
export const EVENT_NOUNS = phrases(`
  debate: debate, debates, debat
  election: election, elections, vote, voting, poll, polls, referendum, pemilu, pemilihan, pemungutan suara, pilkada, pilgub, pilpres
  summit: summit, ktt
  conference: conference, konferensi, kongres, congress
  meeting: meeting, talks, pertemuan, rapat
  hearing: hearing, sidang, persidangan
  match: match, game, fixture, final, laga, pertandingan
  ceremony: ceremony, upacara, inauguration, pelantikan
  festival: festival, fair, expo, exhibition, pameran
  concert: concert, konser
`);

/** Words that open a tenure ("has been chief conductor … since 2009"). */
export const TENURE_WORDS = set(`since sejak`);

// ---- stance: denials, negation and opposites ----------------------------------------------

/** Words that deny the statement written after them ("refuted claims that …", "menepis kabar
 * bahwa …", "It is a misinterpretation that …"). */
export const DENIAL_BEFORE = [
  'deny', 'denies', 'denied', 'denying', 'denial', 'refute', 'refutes', 'refuted', 'refuting', 'rebut', 'rebutted',
  'reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'disputed', 'disputes',
  'dispute', 'contradicted', 'arguing against', 'argued against', 'argues against', 'pushed back against',
  'misinterpretation', 'misconception', 'misunderstanding', 'myth', 'no evidence', 'no truth',
  'membantah', 'dibantah', 'bantahan', 'menyangkal', 'disangkal', 'menepis', 'ditepis', 'menampik', 'ditampik',
];

/** Words that deny the statement written before them ("…, which is not true", "kabar itu hoaks"). */
export const DENIAL_AFTER = [
  'not true', 'untrue', 'false', 'baseless', 'groundless', 'unfounded', 'hoax', 'not the case', 'misinterpretation',
  'misconception', 'myth', 'tidak benar', 'tidak berdasar', 'hoaks', 'keliru', 'salah paham', 'salah kaprah', 'tidak sesuai fakta',
];

/** Words that may stand between a negation and what it negates ("will not be going up"). */
export const NEGATION_GAP_WORDS = set(`
  be been being to going likely expected set yet further any much significantly sharply again ever
  have has had will would could can should might may do does did
  akan bisa dapat lagi juga pernah perlu harus ada
`);

/** Negations that stand for the subject ("Nobody's bill goes up", "No tariff will rise"). */
export const SUBJECT_NEGATIONS = set(`nobody no none nothing neither tiada`);

/** Words that negate the predicate after them. */
/** Speech verbs that confirm or deny what follows them: "X confirmed that P" and "X denied that P"
 * (or "X said that not P") disagree. Only these, and negated statements, are compared so: every
 * "said" would be a claim. */
export const CONFIRMING_VERBS = set(`confirm confirms confirmed confirming acknowledge acknowledges acknowledged admitted admits
  admit conceded concedes membenarkan mengakui mengonfirmasi`);
export const DENYING_VERBS = set(`deny denies denied denying refute refutes refuted dispute disputes disputed rejected
  rejects dismissed dismisses membantah menyangkal menepis menampik`);

export const NEGATION_WORDS = set(`
  not no never nobody none nothing neither nor cannot can't won't don't doesn't didn't isn't aren't
  wasn't weren't hasn't haven't hadn't wouldn't shouldn't couldn't n't without
  tidak tak bukan belum jangan tanpa tiada takkan
`);

/** Concepts that statements are compared on: each is a scale with two poles. A statement whose
 * pole (after negation and denial) is the opposite of another file's, about the same concept,
 * disagrees with it. `+` words assert the concept, `-` words assert its opposite. */
export interface StanceConcept {
  readonly name: string;
  readonly positive: readonly string[];
  readonly negative: readonly string[];
  /** What the scale measures, which must be named in the sentence or paragraph ("tariffs" for
   * "rise"); the words written beside it ("household tariffs") must agree between articles. */
  readonly about?: readonly string[];
  /** Words one of which the paragraph must contain for the scale to apply at all ("in person"
   * is about attending only where a conference or an event is the topic). */
  readonly context?: readonly string[];
  /** A stance someone takes ("supports", "menolak"): statements disagree only when they are the
   * same person's or body's, about the same thing (the words after the verb). */
  readonly held?: boolean;
}

export const STANCE_CONCEPTS: readonly StanceConcept[] = [
  {
    name: 'crackdown',
    positive: [
      'crackdown', 'crackdowns', 'crack down', 'cracking down', 'cracked down', 'clampdown', 'clampdowns', 'clamp down',
      'clamping down', 'rein in', 'reining in', 'reined in', 'curb', 'curbs', 'curbed', 'curbing', 'restrict', 'restricting',
      'restricted', 'restriction', 'restrictions', 'suppress', 'suppressing', 'suppression', 'containment', 'toughening',
      'tightening', 'regulatory attack', 'regulatory assault', 'regulatory onslaught', 'mengekang', 'pengekangan',
      'tindakan keras', 'penindakan', 'pembatasan', 'membatasi', 'memperketat', 'pengetatan', 'penertiban',
    ],
    negative: ['easing', 'eased', 'loosening', 'loosened', 'pelonggaran', 'melonggarkan'],
  },
  {
    name: 'harm',
    positive: [
      'harm', 'harmed', 'harming', 'hurt', 'hurting', 'damage', 'damaged', 'damaging', 'impacted', 'wiped', 'wiping',
      'wrecking', 'wrecked', 'devastated', 'devastating', 'crippled', 'crippling', 'undermined', 'undermining',
      'merugikan', 'merusak', 'mengganggu', 'menghantam', 'memukul', 'menggerus',
    ],
    negative: ['benefited', 'benefiting', 'boosted', 'helped', 'menguntungkan'],
    about: ['regulation', 'regulations', 'regulatory', 'rules', 'policy', 'policies', 'regulasi', 'peraturan', 'kebijakan', 'aturan'],
  },
  {
    name: 'rise',
    positive: [
      'rise', 'rises', 'rising', 'rose', 'risen', 'go up', 'goes up', 'going up', 'went up', 'increase', 'increases',
      'increased', 'increasing', 'hike', 'hikes', 'hiked', 'climb', 'climbs', 'climbed', 'higher', 'naik', 'kenaikan',
      'meningkat', 'peningkatan', 'dinaikkan', 'menaikkan', 'bertambah',
    ],
    negative: [
      'fall', 'falls', 'falling', 'fell', 'fallen', 'drop', 'drops', 'dropped', 'decrease', 'decreased', 'lower',
      'lowered', 'cheaper', 'turun', 'penurunan', 'menurun', 'diturunkan', 'menurunkan',
    ],
    about: ['tariff', 'tariffs', 'bill', 'bills', 'price', 'prices', 'fare', 'fares', 'fee', 'fees', 'tax', 'taxes', 'rent',
      'rents', 'rate', 'rates', 'tarif', 'harga', 'tagihan', 'ongkos', 'pajak', 'iuran', 'sewa'],
  },
  {
    name: 'cut',
    positive: [
      'cut', 'cuts', 'cutting', 'slashed', 'slash', 'reduced', 'reduce', 'scrapped', 'scrap', 'dipangkas', 'memangkas',
      'pemangkasan', 'dikurangi', 'mengurangi', 'pengurangan', 'dihapus', 'dicabut', 'pencabutan',
    ],
    negative: ['unchanged', 'maintained', 'kept', 'tetap', 'dipertahankan'],
    about: ['subsidy', 'subsidies', 'budget', 'budgets', 'funding', 'grant', 'grants', 'aid', 'pension', 'pensions',
      'subsidi', 'anggaran', 'dana', 'bantuan', 'hibah', 'tunjangan'],
  },
  {
    name: 'support',
    held: true,
    positive: [
      'support', 'supports', 'supported', 'supporting', 'backs', 'backed', 'backing', 'endorse', 'endorses', 'endorsed',
      'favours', 'favors', 'welcomed', 'welcomes', 'mendukung', 'menyetujui', 'menyambut baik',
    ],
    negative: [
      'oppose', 'opposes', 'opposed', 'opposing', 'rejects', 'rejected', 'rejecting', 'menolak', 'menentang', 'tidak setuju',
    ],
  },
  {
    name: 'attendance',
    positive: ['in person', 'in-person', 'face-to-face', 'showed up', 'secara langsung', 'tatap muka', 'hadir langsung'],
    negative: [
      'webcast', 'via video', 'by video', 'over video', 'video message', 'video link', 'virtual', 'virtually',
      'remotely', 'melalui video', 'pesan video', 'secara virtual', 'siaran web',
    ],
    context: ['conference', 'summit', 'meeting', 'forum', 'event', 'events', 'ceremony', 'konferensi', 'ktt', 'pertemuan', 'acara',
      'peristiwa', 'webcast'],
  },
  {
    name: 'busy',
    positive: ['full of', 'crowded', 'packed', 'bustling', 'busy', 'lively', 'thronged', 'ramai', 'penuh', 'padat', 'meriah'],
    negative: ['quiet', 'quieter', 'subdued', 'muted', 'empty', 'deserted', 'low-key', 'sepi', 'lengang', 'kosong'],
    context: ['conference', 'summit', 'meeting', 'forum', 'event', 'events', 'venue', 'edition', 'konferensi', 'ktt', 'acara', 'lokasi'],
  },
];

// ---- names -------------------------------------------------------------------------------

/** Words that say what kind of body an organisation is. Two names that agree on every other
 * word but not on these ("National Water Agency" / "National Water Authority") name the same
 * body differently. */
export const BODY_WORDS = set(`
  agency authority administration commission committee council ministry department bureau office
  service board institute institution foundation association federation union league party
  conference summit forum congress assembly tribunal court directorate secretariat inspectorate
`);

/** Indonesian words that head an organisation's name, written before what they qualify
 * ("Badan Air Nasional" = National Water Agency) → the English body word. */
export const ID_BODY_WORDS: ReadonlyMap<string, string> = new Map([
  ['badan', 'agency'], ['otoritas', 'authority'], ['komisi', 'commission'], ['komite', 'committee'],
  ['dewan', 'council'], ['kementerian', 'ministry'], ['departemen', 'department'], ['biro', 'bureau'],
  ['kantor', 'office'], ['dinas', 'office'], ['lembaga', 'institution'], ['institut', 'institute'],
  ['yayasan', 'foundation'], ['asosiasi', 'association'], ['federasi', 'federation'], ['serikat', 'union'],
  ['partai', 'party'], ['konferensi', 'conference'], ['ktt', 'summit'], ['forum', 'forum'], ['kongres', 'congress'],
  ['majelis', 'assembly'], ['pengadilan', 'court'], ['mahkamah', 'court'], ['direktorat', 'directorate'],
  ['sekretariat', 'secretariat'], ['inspektorat', 'inspectorate'],
]);

/** Legal forms that are not part of what a body is called. */
export const LEGAL_FORMS = set(`
  ltd ltd. limited inc inc. incorporated corp corp. corporation co co. plc llc llp gmbh ag sa nv bv tbk pt persero
  the of and for & dan
`);
