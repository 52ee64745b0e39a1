// Language knowledge as data: the words that signal speech, titles, organisations and the
// capitalised words that are not names, for English and Indonesian. Rules elsewhere read these
// sets; adding a language means adding its words here.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** The most frequent function words, for language identification. */
export const FUNCTION_WORDS = {
  en: set(`the of and to in is that for on with as was by it at from his her he she they are were
    has have had be been this an not but which who will would said its their or also after`),
  id: set(`yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh bahwa
    adalah atau sudah telah bisa dapat kata para mereka kami kita saat tersebut lebih serta
    menurut hal ada seperti namun tahun sebagai bagi masih harus agar`),
};

/** Speech verbs, every inflection listed (lemmas are not reliable on names-heavy news text). */
export const SPEECH_VERBS_EN = set(`
  say says said saying tell tells told telling add adds added adding note notes noted noting
  explain explains explained explaining state states stated stating claim claims claimed claiming
  argue argues argued arguing insist insists insisted insisting warn warns warned warning
  announce announces announced announcing declare declares declared declaring
  write writes wrote writing report reports reported reporting reply replies replied
  respond responds responded responding ask asks asked asking answer answers answered
  acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
  confirm confirms confirmed confirming deny denies denied denying suggest suggests suggested suggesting
  recall recalls recalled recalling predict predicts predicted predicting estimate estimates estimated
  believe believes believed think thinks thought contend contends contended maintain maintains maintained
  assert asserts asserted asserting stress stresses stressed stressing emphasise emphasises emphasised
  emphasising emphasize emphasizes emphasized emphasizing promise promises promised promising
  pledge pledges pledged pledging vow vows vowed vowing urge urges urged urging
  praise praises praised praising hail hails hailed hailing thank thanks thanked thanking
  criticise criticises criticised criticize criticizes criticized criticizing criticising
  accuse accuses accused accusing blame blames blamed blaming call calls called calling
  tweet tweets tweeted tweeting post posts posted posting agree agrees agreed agreeing
  complain complains complained complaining concede concedes conceded conceding
  reveal reveals revealed revealing disclose discloses disclosed disclosing
  point points pointed pointing observe observes observed observing remark remarks remarked
  reiterate reiterates reiterated reiterating reaffirm reaffirms reaffirmed reaffirming
  refute refutes refuted refuting reject rejects rejected rejecting dismiss dismisses dismissed
  express expresses expressed expressing describe describes described describing
  identify identifies identified identifying spoke speak speaks speaking
  caution cautions cautioned cautioning demand demands demanded demanding
  question questions questioned questioning allege alleges alleged alleging
  indicate indicates indicated indicating highlight highlights highlighted highlighting
  mention mentions mentioned mentioning testify testifies testified testifying
  joke jokes joked joking quip quips quipped shout shouts shouted yell yelled
  recommend recommends recommended recommending propose proposes proposed proposing
  reckon reckons reckoned boast boasts boasted boasting lament laments lamented
`);

/** Speech verbs whose object is the reported content itself ("urged X to …", "praised …"),
 * so the passage keeps the verb (the seeds' convention for a noun-phrase complement). */
export const CONTENT_VERBS_EN = set(`
  urge urges urged urging praise praises praised praising hail hails hailed hailing
  thank thanks thanked thanking criticise criticises criticised criticize criticizes criticized
  promise promises promised promising pledge pledges pledged pledging vow vows vowed
  call calls called calling warn warns warned warning emphasise emphasises emphasised
  emphasize emphasizes emphasized stress stresses stressed stressing identify identifies identified
  spoke speak speaks refute refutes refuted reject rejects rejected deny denies denied
  accuse accuses accused blame blames blamed demand demands demanded reaffirm reaffirms reaffirmed
  assert asserts asserted express expresses expressed highlight highlights highlighted
  recommend recommends recommended propose proposes proposed dismiss dismisses dismissed
`);

/** Indonesian speech verbs and tags ("kata X", "ujarnya", "menurut X"). */
export const SPEECH_VERBS_ID = set(`
  kata katanya ujar ujarnya tutur tuturnya ucap ucapnya jelas jelasnya tegas tegasnya
  mengatakan menyatakan menjelaskan menegaskan mengungkapkan menyebutkan menyebut menambahkan
  mengklaim membantah menyangkal mengakui memperingatkan mendesak meminta memuji menyerukan
  mengumumkan melaporkan berkata bilang imbuh imbuhnya tambah tambahnya sebut sebutnya
  menilai mengimbau menekankan berjanji mengkritik menuduh menolak menanggapi
`);

/** Indonesian verbs that take the reported content as object ("memuji …", "mendesak …"). */
export const CONTENT_VERBS_ID = set(`
  memuji mendesak menyerukan memperingatkan mengecam mengkritik mendukung menjanjikan berjanji
  membantah menolak menekankan berbicara mendorong menyatakan
`);

/** Job titles and roles, lower case; multi-word titles are matched word by word. */
export const TITLE_WORDS = set(`
  president vice-president premier vice-premier minister prime chancellor secretary general
  chairman chairwoman chairperson chair ceo cfo coo cto cmo founder co-founder cofounder
  director executive officer chief head manager partner analyst economist professor
  spokesman spokeswoman spokesperson representative senator congressman congresswoman
  governor mayor deputy vice senior assistant ambassador envoy commissioner official
  academician researcher scientist lawyer attorney judge justice king queen prince princess
  emperor sheikh pope bishop cardinal general colonel captain lieutenant sergeant admiral
  editor correspondent reporter columnist founder-ceo owner investor entrepreneur leader
  party secretary-general adviser advisor advisor counsel member members board
  mr mrs ms dr prof sir lady lord madam rep sen gov
  presiden wakil menteri gubernur bupati walikota wali kota ketua direktur utama kepala
  juru bicara pendiri rektor dosen pengamat anggota sekretaris jenderal komisaris duta besar
  bapak ibu pak bu
`);

/** Honorifics written right before a name; never part of the name itself. */
export const HONORIFICS = set(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lady lord rep rep. sen sen. gov gov.
  pak bu bapak ibu`);

/** The last word of an organisation's name ("Alibaba Group Holding Ltd", "Ministry of …" is
 * handled by ORG_HEAD_WORDS). Lower case, without final dots. */
export const ORG_SUFFIXES = set(`
  inc incorporated ltd limited corp corporation co company companies plc llc llp gmbh ag sa nv bv
  group holdings holding partners associates ventures capital bank trust fund foundation
  institute institution university college school academy agency administration commission
  committee council ministry department bureau authority office service services association
  federation union league party organisation organization society network networks
  technologies technology systems industries international media news press times post journal
  tribune herald gazette daily review magazine broadcasting airlines airways motors labs
  laboratories pharmaceuticals energy securities exchange court parliament congress senate
  assembly police army navy forces force tbk persero conference summit forum
`);

/** Words that start an organisation's name when followed by "of" ("Ministry of Finance",
 * "Bank of China", "University of Indonesia") — Indonesian words for the same too. */
export const ORG_HEAD_WORDS = set(`
  ministry department bank university office bureau commission council committee academy institute
  association federation league board house court chamber people's peoples
  kementerian badan komisi dewan bank universitas lembaga majelis partai
`);

/** Organisations that rules cannot recognise (no suffix, not defined in the text): a short,
 * general list of widely reported companies, agencies and outlets. */
export const KNOWN_ORGANIZATIONS = set(`
  google apple microsoft amazon facebook meta twitter netflix tesla intel nvidia ibm oracle
  samsung huawei baidu tencent alibaba bytedance tiktok xiaomi sony toyota boeing airbus uber
  reuters bloomberg xinhua afp ap cnn bbc nbc cbs abc fox politico breitbart axios
  nato un unesco unicef who wto imf opec asean fbi cia nsa pentagon kremlin gop
`);

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
  all both each every any no not one two three four five first second last next new
  yang dan di ke dari ini itu dia ia mereka kami kita pada untuk dengan dalam
  read more related advertisement photo image video watch click subscribe
`);

/** Personal pronouns that can stand for a speaker, with what they can refer to. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'person' | 'plural'> = new Map([
  ['he', 'person'], ['she', 'person'], ['they', 'plural'], ['dia', 'person'], ['ia', 'person'],
  ['beliau', 'person'], ['mereka', 'plural'],
]);

/** Indonesian pronoun suffix forms: "katanya", "ujarnya" — the speaker is the last one named. */
export const ID_PRONOUN_TAGS = set(`katanya ujarnya tuturnya ucapnya jelasnya tegasnya imbuhnya tambahnya sebutnya`);
