// Words around and inside names: titles, honorifics, organisation suffixes and heads, known
// organisations, given names and family names, and capitalised words that are never names
// (English and Indonesian). Places live in places.ts, frequent common words in commonWords.ts.
import { set } from './words';

/** Job titles and roles, lower case; multi-word titles are matched word by word, hyphenated ones
 * ("vice-premier", "co-founder") by any of their parts. */
export const TITLE_WORDS = set(`
  president presidents vice-president premier vice-premier minister ministers prime chancellor
  secretary secretaries general chairman chairwoman chairperson chair ceo cfo coo cto cmo cio
  founder co-founder cofounder director directors executive officer chief head manager partner
  analyst economist professor spokesman spokeswoman spokesperson representative senator senators
  congressman congresswoman governor mayor deputy vice senior assistant ambassador envoy
  commissioner official academician researcher scientist lawyer attorney judge justice king queen
  prince princess emperor sheikh pope bishop cardinal colonel captain lieutenant sergeant admiral
  editor correspondent reporter columnist host anchor presenter commentator owner investor
  entrepreneur leader secretary-general
  adviser advisor counsel strategist pollster treasurer speaker whip lawmaker legislator
  superintendent commander marshal dean provost rector principal coordinator coach
  president-elect nominee candidate
  councillor councilor alderman alderwoman inspector detective constable magistrate sheriff
  kapolda kapolri kapolres camat lurah irjen brigjen komjen kombes akbp kompol letjen mayjen kolonel
  dr prof rep reps sen sens gov lt gen col sgt capt adm maj cmdr rev hon
  atty supt del
  presiden wakil menteri gubernur bupati walikota wali ketua direktur kepala
  juru bicara pendiri rektor dosen pengamat anggota sekretaris jenderal komisaris duta besar
  koordinator pemimpin redaksi manajer wartawan peneliti ekonom ahli
  bapak ibu pak bu
`);

/** What may end a person's name after the family name ("Jr.", "III"); no part of the name that
 * links it. */
export const NAME_SUFFIXES = set('jr sr ii iii iv');

/** Honorifics written right before a name; never part of the name itself. */
export const HONORIFICS = set(`mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lady lord rep rep. sen sen. gov gov.
  rev rev. msgr msgr. pak bu bapak ibu`);

/** Words that may stand before a title inside a role phrase ("outgoing chairman", "top economic
 * adviser", "salah satu pendiri"), portfolios among them ("Foreign Minister", "Health Secretary"). */
export const ROLE_MODIFIERS = set(`
  outgoing incoming former then acting interim current longtime long-time founding managing
  executive top economic chief senior junior deputy vice associate assistant general principal
  national international regional global independent non-executive co lead majority minority
  salah satu mantan utama umum operating financial technology marketing information communications
  operations commercial legal digital
  foreign finance defence defense interior home health education transport transportation trade energy
  economy agriculture environment labour labor culture tourism industry commerce housing
`);

/** Legal forms that close a company's name: a name never goes on past them ("Tencent Holdings
 * Ltd Guo Kaitian" is a company and a person). Lower case, without final dots. */
export const LEGAL_SUFFIXES = set(`
  inc incorporated ltd limited corp co plc llc llp lp gmbh ag sa nv bv spa srl bhd tbk persero
`);

/** Generic words of company names that a short form may leave out ("Alibaba" for "Alibaba Group
 * Holding Ltd"); with LEGAL_SUFFIXES, what separates a company's core name from its full name. */
export const GENERIC_ORG_WORDS = set(`
  group holding holdings company companies corporation international global
`);

/** The last word of an organisation's name ("Alibaba Group Holding Ltd", "Cyberspace
 * Administration"; "Ministry of …" is handled by ORG_HEAD_WORDS). Lower case, without final dots. */
export const ORG_SUFFIXES = set(`
  inc incorporated ltd limited corp co plc llc llp lp gmbh ag sa nv bv spa srl bhd tbk persero
  group holdings holding partners associates ventures capital bank trust fund foundation
  institute institution university college school academy agency administration commission
  committee council ministry department bureau authority office service services association
  federation union league party organisation organization society network networks
  technologies technology systems industries international media news press times post journal
  tribune herald gazette daily review magazine broadcasting airlines airways motors labs
  laboratories pharmaceuticals securities exchange court parliament congress senate
  assembly police army navy forces force conference summit forum caucus coalition alliance
  corporation company companies enterprises solutions research consulting advisors
  observer enquirer republic weekly wire newswire reuters telegraph chronicle courier today
  cooperative hospital clinic centre center museum orchestra philharmonic ensemble band club
  board team church chapel cathedral parish synagogue mosque temple radio television tv robotics
  logistics pharma biotech therapeutics semiconductor
  semiconductors electronics telecom communications entertainment studios pictures records
  foods beverages mining petroleum chemicals steel insurance aviation freight shipping
  civil coaches modular builders construction engineering homes transport bakery brewing brewery
  energy solar software digital analytics dynamics haulage utilities developments
  united athletic atlético rovers wanderers albion fc sport sports division
  bakeries bakers brewers butchers traders growers farms dairies kitchens mills works guild
  sons daughters brothers
  echo ledger mirror express standard advertiser argus bulletin dispatch examiner inquirer
  sentinel beacon clarion recorder
`);

/** Words that start an organisation's name when followed by "of" ("Ministry of Finance",
 * "Bank of China", "University of Indonesia"). */
export const ORG_HEAD_WORDS = set(`
  ministry department bank university office bureau commission council committee academy institute
  association federation league board house court chamber center centre school college
  society union church federal agency administration organisation organization
`);

/** Indonesian words that open an organisation's name ("Kementerian Keuangan", "PT Sagara
 * Transit Mandiri", "Dinas Perhubungan Kota Sagara"). */
export const ORG_PREFIX_WORDS = set(`
  kementerian kemenkes badan komisi dewan lembaga majelis partai dinas pemerintah pemkot pemprov
  pemkab universitas institut sekolah yayasan perusahaan pt cv perum persatuan asosiasi
  ikatan himpunan forum konferensi ktt bank mahkamah kejaksaan kepolisian polda polres
  direktorat otoritas serikat koperasi rumah-sakit
  atlético atletico deportivo sporting fc afc
`);

/** Words that open a sports club's name and that its short form leaves out ("Atlético Sandoval"
 * is "Sandoval" in the next sentence). */
export const CLUB_PREFIXES = set(`atlético atletico deportivo sporting fc afc cf sc ac`);

/** Indonesian words that open an organisation's name: such a name may translate an English one. */
export const ORG_HEADS_ID = set(`komisi kementerian badan dewan lembaga majelis partai dinas konferensi ktt universitas
  institut yayasan asosiasi persatuan serikat`);

/** Indonesian words of organisations' names and their English renderings, so that a translated
 * name meets the original ("Komisi Pusat Urusan Air Bersih" ~ "Central Clean Water Affairs
 * Commission"). Read with the general glossary (glossary.ts) for the other words. */
export const ORG_WORDS_ID_EN: ReadonlyMap<string, readonly string[]> = new Map(`
  komisi=commission kementerian=ministry badan=agency/board/body dewan=council/board lembaga=institute/agency
  majelis=assembly partai=party dinas=department/office konferensi=conference ktt=summit universitas=university
  institut=institute yayasan=foundation asosiasi=association persatuan=union/association serikat=union
  pusat=central/centre/center urusan=affairs nasional=national negara=state/national keuangan=finance
  perhubungan=transport/transportation kesehatan=health pendidikan=education perdagangan=trade
  industri=industry pertahanan=defence/defense keamanan=security luar=foreign negeri=affairs
  pemerintah=government kota=city provinsi=province daerah=regional perwakilan=representatives
  rakyat=people's/people umum=general pemilihan=election tinggi=high mahkamah=court agung=supreme
  sentral=central air=water maya=cyber dunia=world teknologi=technology informasi=information
  komunikasi=communication/communications pengawas=supervisory/regulatory keamanan=security siber=cyber
`.trim().split(/\s+/).map((entry) => {
  const [word, english] = entry.split('=');
  return [word, english.split('/')] as [string, string[]];
}));

/** Organisation prefixes that a short form may leave out ("Sagara Transit Mandiri" for
 * "PT Sagara Transit Mandiri"). */
export const LEGAL_PREFIXES = set(`pt cv perum`);

/** Acronyms that news uses without spelling them out, with the full name they stand for, so that
 * "U.N." in one article is the "United Nations" of another, and Indonesian "PBB" too. */
export const WELL_KNOWN_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['un', 'united nations'], ['pbb', 'united nations'], ['eu', 'european union'], ['ue', 'european union'],
  ['who', 'world health organization'], ['imf', 'international monetary fund'], ['nato', 'north atlantic treaty organization'],
  ['wto', 'world trade organization'], ['opec', 'organization of the petroleum exporting countries'],
  ['asean', 'association of southeast asian nations'], ['oecd', 'organisation for economic co-operation and development'],
  ['unicef', "united nations children's fund"], ['unesco', 'united nations educational scientific and cultural organization'],
  ['icc', 'international criminal court'], ['adb', 'asian development bank'], ['fbi', 'federal bureau of investigation'],
  ['cia', 'central intelligence agency'], ['nasa', 'national aeronautics and space administration'],
  ['kpk', 'komisi pemberantasan korupsi'], ['ojk', 'otoritas jasa keuangan'], ['bps', 'badan pusat statistik'],
  ['kpu', 'komisi pemilihan umum'], ['dpr', 'dewan perwakilan rakyat'], ['bi', 'bank indonesia'],
]);
/** Their full names, bodies whatever their words ("United Nations" has no organisation word). */
export const WELL_KNOWN_BODIES: ReadonlySet<string> = new Set(WELL_KNOWN_ACRONYMS.values());

/** Organisations that rules cannot recognise (no suffix, not defined in the text): a short,
 * general list of widely reported companies, agencies and outlets. */
export const KNOWN_ORGANIZATIONS = set(`
  google alphabet apple microsoft amazon facebook meta twitter netflix tesla intel nvidia ibm
  oracle samsung huawei baidu tencent alibaba bytedance tiktok xiaomi meituan pinduoduo jd.com
  netease didi kuaishou lenovo zte sony toyota honda nissan hyundai volkswagen bmw boeing
  airbus uber lyft airbnb spotify paypal visa mastercard qualcomm cisco adobe salesforce
  openai anthropic deepmind youtube instagram whatsapp linkedin snapchat reddit yahoo ebay
  walmart exxonmobil chevron shell pfizer moderna goldman jpmorgan citigroup barclays hsbc
  reuters bloomberg xinhua afp ap cnn bbc nbc cbs abc fox msnbc npr pbs politico breitbart
  axios cnbc upi prnewswire aljazeera politifact snopes factcheck.org
  golkar gerindra nasdem pdip pdi-p hanura perindo
  nato un unesco unicef who wto imf opec asean fbi cia nsa pentagon kremlin gop eu
  interpol fifa ioc congress
  daily-beast daily-caller new-yorker zero-hedge wall-street-journal white-house
  associated-press new-york-times washington-post
`);

/** Acronyms and capitalised abbreviations that are not organisations. */
export const NON_ORG_ACRONYMS = set(`
  ceo cfo coo cto cio cmo ipo ai ar vr ok tv gdp gps usb pc it hr pr ok am pm utc gmt edt est
  pst cst bst cet wib us usa uk uae eu5 prc sar ktt sme smes r&d ptsd hiv aids covid sars
  dna rna ceo's lgbt lgbtq id faq pdf mp ph phd mba ma ba bsc msc vip rsvp diy asap
  fyi aka tba tbd ad bc nb ps vs etc mw kw gw km kg mg ml rp usd eur cny rmb gbp jpy idr
  as ri dki bumn apbn apbd wni wna pns tni polri phk umkm ump umr bbm pph ppn
`);

/** Lower-case nouns that, right before a name, say it is an organisation ("food delivery giant
 * Meituan", "consulting firm Trivium China", "the investment group Nordlake"). */
export const ORG_DESCRIPTORS = set(`
  company companies firm giant maker makers group startup start-up conglomerate operator retailer
  carrier airline lender insurer broker brokerage regulator watchdog agency publisher
  newspaper broadcaster outlet network manufacturer supplier producer developer chain bank
  fund insurer automaker carmaker chipmaker drugmaker studio label union charity nonprofit
  non-profit consultancy exhibitor subsidiary affiliate utility utilities provider cooperative
  association institution organisation organization body think-tank newswire
  shipyard shipbuilder steelmaker refiner exporter importer distributor wholesaler contractor marketplace
  perusahaan raksasa produsen pengembang operator lembaga yayasan koperasi emiten
`);

/** Lower-case nouns that, right before or after a name, say it is a product, not an organisation
 * ("ChatGPT-style service Ernie Bot", "its GeaGraph system", "the VeraFlow pump"). */
export const PRODUCT_NOUNS = set(`
  service app apps application platform system systems software product products model models
  chatbot bot device devices phone phones smartphone smartphones handset game games brand brands
  os drug drugs vaccine pump pumps car cars vehicle vehicles truck aircraft jet plane engine chip
  chips processor show series film movie book novel album song programme program tool tools
  feature browser console tablet laptop robot robots drone drones aplikasi layanan produk
`);

/** Role words that, right after a capitalised word, make it the organisation the role belongs
 * to ("Xiaomi co-founder Lei Jun", "Tesla CEO Elon Musk", "NetEase founder and CEO"). */
export const ORG_ROLE_WORDS = set(`
  founder co-founder cofounder ceo cfo coo cto chairman chairwoman chairperson executive
  executives spokesman spokeswoman spokesperson shareholders shares employees engineers
  president director directors board analyst analysts
`);

/** Capitalised words that close a name that is not a person's or an organisation's: laws, plans,
 * events, awards, days ("Affordable Care Act", "Clean Power Plan", "Election Day"). */
export const NON_ENTITY_TAILS = set(`
  act acts plan plans amendment bill charter treaty accord accords agreement war day days prize
  award awards grant grants programme program initiative doctrine law laws rule rules report
  survey index cup games olympics championship championships tournament festival show series
  era age pact deal strategy protocol declaration resolution fire storm hurricane
`);

/** Nouns for a government, after a place or demonym ("Chinese government", "Hangzhou authorities")
 * or, in Indonesian, before it ("pemerintah China", "pihak berwenang China"). */
export const GOVERNMENT_WORDS = set(`government authorities pemerintah berwenang`);

/** Lower-case words that may stand between "the" and "government" and still mean the one
 * government the text is about ("the central government", "the municipal government"). */
export const GOVERNMENT_LEVELS = set(`central federal national municipal city provincial state local regional pusat kota daerah provinsi`);

/** Capitalised words that never start or make up a person's or organisation's name. */
export const NON_NAME_WORDS = set(`
  the a an this that these those it its he she they we i you his her their our my your
  in on at of for to from by with as and or but if when while after before since during
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  senin selasa rabu kamis jumat sabtu minggu januari februari maret mei juni juli agustus
  oktober desember
  but however meanwhile also yet still so then there here now today yesterday tomorrow
  according despite although though because other another some many most more several
  all both each every any no not one two three four five first second last
  neither either even only just perhaps maybe indeed instead former fellow nearly overall
  regardless fortunately unfortunately ironically dear retired late nobody everybody somebody
  everyone someone anyone nothing everything something
  read more related advertisement photo image video watch click subscribe copyright
`);

/** Indonesian function words, and common nouns that open news sentences ("Saham Nordvik turun":
 * the shares fell): never names in Indonesian text ("Dan" is a name in English). */
export const NON_NAME_WORDS_ID = set(`dan di ke dari ini itu dia ia mereka kami kita pada untuk dengan dalam yang
  pilgub pilkada pilpres pileg pilbup pilwalkot saham harga nilai laba penjualan pendapatan sejumlah para namun
  sementara selain`);

/** Words for a group of people, not one person or organisation ("Democrats", "Lithuanian
 * Americans", "Sunni Muslims"). */
export const GROUP_WORDS = set(`
  americans africans europeans asians hispanics latinos latinas latinx blacks whites arabs
  democrats republicans conservatives liberals progressives evangelicals independents libertarians
  muslims christians jews catholics protestants mormons sunnis shiites hindus buddhists
  refugees immigrants migrants delegates voters victims demonstrators protesters supporters
  officials authorities police people citizens residents veterans students teachers workers
  senators lawmakers legislators
`);

/** Party words written before a name like a title ("Democrat Hillary Clinton", "Republican
 * Secretary of State"), never names themselves. */
export const PARTY_WORDS = set(`democrat democratic republican gop libertarian independent socialist conservative liberal labour tory`);

/** Given names common in news text (English, European, Indonesian, Indian, Arabic, and the
 * English names Chinese executives use). A run that starts with one is a person's name. */
export const GIVEN_NAMES = set(`
  aaron adam adrian al alan albert alex alexander alexandra alexis alfred alice alicia alison
  allen amanda amber amy andrea andrew andy angela angelina ann anna anne annie anthony antonio
  april arthur ashley audrey austin barack barbara barry ben benjamin bernard bernie beth betsy
  betty beverly bill billy bob bobby bonnie brad bradley brandon brenda brett brian bridget
  brittany bruce bryan carl carla carlos carol caroline carolyn catherine cathy charles charlie
  charlotte chelsea cheryl chris christian christina christine christopher chuck cindy claire
  clara craig cristiano cynthia dale dan dana daniel danielle darren dave david dean debbie
  deborah debra denise dennis derek diana diane dick dina dixon dominic don donald donna doris
  dorothy doug douglas dylan ed eddie edward elaine eleanor elena elizabeth ellen elon emily
  emma eric erica erik ethan eugene evan evelyn felix fiona frances francis frank fred
  gabriel gary gavin gene george gerald gina glen glenn gloria gordon grace greg gregory hank
  hannah harold harriet harry heather heidi helen henry hillary holly howard hugh ian isaac
  ivan ivanka jack jackie jacob jake james jamie jan jane janet jason jean jeb jeff jeffrey
  jennifer jeremy jerome jerry jesse jessica jill jim jimmy joan joanne joe joel john johnny
  jon jonathan jordan jose joseph josh joshua joy joyce judith judy julia julian julie justin
  karen kate katherine kathleen kathryn katie kay keith kelly kellyanne ken kendra kenneth kevin
  kim kimberly kirk kristen kyle larry laura lauren lawrence leah lee leo leon leonard lindsey
  linda lisa lloyd lois loretta louis louise lucy luke lynn madeline maggie marco margaret
  maria marie marilyn mario mark marsha martha martin mary matt matthew maureen megan melania
  melanie melissa michael michele michelle mike mitch mitt molly monica morgan nancy natalie
  nathan neil newt nicholas nick nicole noah norman oliver olivia oscar pamela pat patricia
  patrick paul paula peggy penny peter phil philip phillip priscilla rachel ralph randy ray
  raymond rebecca regina rex richard rick rita rob robert robin rod roger ron ronald rose
  ross roy ruby rudy russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean
  sergey shannon sharon shawn sheila sherrod shirley sophia stacy stanley stephanie stephen
  steve steven stuart sue sundar susan suzanne sylvia tammy ted teresa terry theresa thomas
  tim timothy tina todd tom tommy tony tracy travis troy tyler valerie vanessa vera vernon
  victor victoria vincent virginia walter warren wayne wendy william willie wilson zach
  ahmad ahmed ali amir anwar bilal fatima hassan hussein ibrahim karim khalid mahmoud mohamed
  mohammad mohammed muhammad mustafa omar rashid salman yusuf aisha layla nadia samir tariq
  rafael tomas andres fernando ricardo roberto alejandro eduardo sergio jorge raul enrique
  gabriela fernanda isabel carmen rosa beatriz stefan markus andreas jens dieter helmut ursula
  olaf friedrich henrik magnus nils johan erika anja katarina mara lucia marguerite tobias ines
  kwabena kofi kwame ama yaw chidi ngozi oluwaseun amina fatou moussa
  hans klaus jurgen wolfgang angela emmanuel francois jacques pierre nicolas vladimir sergei
  dmitry boris igor olga natalia giovanni giuseppe matteo luca paolo juan luis miguel pedro
  manuel francisco javier pablo diego sofia lucia ana marta piotr tomasz pieter jonas lars sven
  anders ingrid astrid priya raj rahul amit sanjay anil sunil vijay narendra rajesh deepak
  arjun ravi shinzo yuki hiroshi takeshi kenji akira fumio
  agus budi bambang hendra joko dewi sri siti lestari rina putri yohanes andi adi ari bayu
  dwi tri eka ratna arif rizky ayu teguh iwan dedi hasan slamet nanda reza fitri novi wulan dimas galih ilham ikhsan
  irfan aditya rahmat asep ujang wayan nyoman ketut putu kadek komang gede
  dian eko fajar gita hadi indra intan kurnia lina mega nur rudi sari taufik wahyu yanti yudi
  harun farah susilo prabowo megawati anies ganjar retno
  alberto andre angelo antoine arnold arturo brendan bruno caleb calvin cesar chad clayton clifford
  colin conor curtis damian dante darius declan dmitri duncan dustin dwight edgar edwin eli elias
  elijah elliot emil emilio ernest felipe freddie frederick gareth geoffrey gerard gilbert graham
  gustavo hamid hector herbert hugo jamal jared joaquin jonah karl kurt liam lionel lorenzo lucas
  malcolm marcel marcus marvin nelson nikolai noel otto ramon rodrigo roland
  sebastian simon theodore wilhelm agnes alma amelia anita annette antonia beatrice bernadette
  bianca camila cecilia charlene chloe claudia cristina daisy daniela delia dolores edith
  eileen elisa eloise elsa esther eva francesca gemma gladys greta giulia helena henrietta
  hilda irene iris isabella jacqueline janice jasmine jeanne jenna johanna josephine juanita juliet
  karin katrina lara lena lillian lorraine lydia magdalena margarita mariana marina marisa martina
  maxine mia miriam naomi natasha nina nora paola penelope phyllis raquel rhonda rosalind sabrina
  salma sonia stella tamara thea valentina veronica viola vivian wanda yasmin yvonne zara zoe angel
  ariel leslie nicola
`);

/** Given names of women (from GIVEN_NAMES), and names given to both: "Mrs. Clinton" is not Bill. */
export const FEMALE_GIVEN_NAMES = set(`
  alexandra alice alicia alison amanda amber amy andrea angela angelina ann anna anne annie april
  audrey barbara beth betsy betty beverly bonnie brenda bridget brittany carla carol caroline carolyn
  catherine cathy charlotte chelsea cheryl christina christine cindy claire clara cynthia danielle
  debbie deborah debra denise diana diane dina donna doris dorothy elaine eleanor elena elizabeth
  ellen emily emma erica evelyn fiona frances gina gloria grace hannah harriet heather heidi helen
  hillary holly ivanka jackie jane janet jennifer jessica jill joan joanne joy joyce judith judy
  julia julie karen kate katherine kathleen kathryn katie kay kellyanne kimberly kristen laura
  lauren leah linda lisa lois loretta louise lucy madeline maggie margaret maria marie marilyn
  marsha martha mary maureen megan melania melanie melissa michele michelle molly monica nancy
  natalie nicole olivia pamela patricia paula peggy penny priscilla rachel rebecca regina rita
  rose ruby ruth sally samantha sandra sara sarah sharon sheila shirley sophia stacy stephanie
  sue susan suzanne sylvia tammy teresa theresa tina tracy valerie vanessa vera victoria virginia
  wendy fatima aisha layla nadia olga natalia sofia lucia ana marta priya ingrid astrid yuki
  dewi sri siti lestari rina putri gita intan lina mega sari yanti farah megawati retno gabriela
  fernanda isabel carmen beatriz ursula erika anja katarina mara ines amina fatou ama ngozi
  agnes alma amelia anita annette antonia beatrice bernadette bianca camila cecilia
  charlene chloe claudia cristina daisy daniela delia dolores edith eileen elisa eloise elsa esther
  eva francesca gemma gladys greta giulia helena henrietta hilda irene iris isabella
  jacqueline janice jasmine jeanne jenna johanna josephine juanita juliet karin katrina lara lena
  lillian lorraine lydia magdalena margarita mariana marina marisa martina maxine mia miriam naomi
  natasha nina nora paola penelope phyllis raquel rhonda rosalind sabrina salma sonia stella tamara
  thea valentina veronica viola vivian wanda yasmin yvonne zara zoe
`);
export const UNISEX_GIVEN_NAMES = set(`alex jordan morgan kelly pat robin jamie sam dana lee kim jean terry tracy lynn shannon
  angel ariel leslie nicola`);

/** Organisation words that are also common surnames ("Helen Mills", "Frank Church"). */
export const SURNAMES_LIKE_BODIES = set(`mills church temple`);
/** Place words that are also common surnames: after a given name, a person ("Helen Park", "Anita Hill"). */
export const SURNAMES_LIKE_PLACES = set(`park hill hills lake wood woods field fields ford brook brooks bridges banks marsh street`);

/** Short forms of given names with the one name each stands for ("Bill" William, "Len" Leonard),
 * so that "Len Burman" in one article and "Leonard E. Burman" in another are one person. Short
 * forms of several names ("Al", "Ted", "Steve", "Pat") are left out. */
export const GIVEN_NAME_SHORT_FORMS: ReadonlyMap<string, string> = new Map(`
  bill:william billy:william will:william willie:william bob:robert bobby:robert rob:robert robbie:robert
  mike:michael mick:michael jim:james jimmy:james tom:thomas tommy:thomas dick:richard rick:richard
  ricky:richard rich:richard joe:joseph joey:joseph dan:daniel danny:daniel dave:david ed:edward
  eddie:edward len:leonard lenny:leonard larry:lawrence johnny:john nick:nicholas tony:anthony
  andy:andrew ben:benjamin matt:matthew pete:peter ron:ronald don:donald doug:douglas greg:gregory
  jeff:jeffrey ken:kenneth liz:elizabeth beth:elizabeth sue:susan jen:jennifer jenny:jennifer
  jon:jonathan tim:timothy fred:frederick charlie:charles chuck:charles hank:henry gene:eugene
  ray:raymond walt:walter vince:vincent zach:zachary josh:joshua abe:abraham barb:barbara
  debbie:deborah deb:deborah peggy:margaret meg:margaret mandy:amanda becky:rebecca patty:patricia
  sandy:sandra chris:christopher
`.trim().split(/\s+/).map((pair) => pair.split(':') as [string, string]));

/** Family names written first (Chinese, Korean, Vietnamese): "Lei Jun" is Mr Lei, "Daniel Zhang
 * Yong" is Mr Zhang. */
export const FAMILY_NAMES_FIRST = set(`
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
  liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye
  cheng wei su lu ding ren shen yao zhong cui tan fan liao shi jin jia xia fu fang zou xiong
  bai meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao wan qian lai kong
  dai sheng xi ni mo ou zhan ge niu hong qi qiao chang geng kang wen
  kim lee park choi jung jeong cho yoon jang lim oh seo shin kwon hwang ahn ryu jeon ko
  moon son bae baek heo nam noh
  nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
  chan wong leung lau cheung ng tsang yip chow kwok lam tse
`);
