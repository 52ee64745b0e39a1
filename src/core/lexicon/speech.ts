// Words that signal speech in English and Indonesian: reporting verbs, the words that frame what
// was said, and the words that stand for a speaker (pronouns, "the company", "both men").
import { set } from './words';

/** Speech verbs, every inflection listed (lemmas are not reliable on names-heavy news text). */
export const SPEECH_VERBS_EN = set(`
  say says said saying tell tells told telling add adds added adding note notes noted noting
  explain explains explained explaining state states stated stating claim claims claimed claiming
  argue argues argued arguing insist insists insisted insisting warn warns warned warning
  announce announces announced announcing declare declares declared declaring
  write writes wrote writing report reports reported reporting reply replies replied replying
  respond responds responded responding ask asks asked asking answer answers answered answering
  acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
  confirm confirms confirmed confirming deny denies denied denying suggest suggests suggested suggesting
  recall recalls recalled recalling predict predicts predicted predicting estimate estimates estimated
  believe believes believed contend contends contended maintain maintains maintained
  assert asserts asserted asserting stress stresses stressed stressing emphasise emphasises emphasised
  emphasising emphasize emphasizes emphasized emphasizing promise promises promised promising
  pledge pledges pledged pledging vow vows vowed vowing urge urges urged urging
  praise praises praised praising hail hails hailed hailing thank thanks thanked thanking
  criticise criticises criticised criticize criticizes criticized criticizing criticising
  accuse accuses accused accusing blame blames blamed blaming call calls called calling
  tweet tweets tweeted tweeting retweet retweets retweeted
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
  cite cites cited citing condemn condemns condemned condemning denounce denounces denounced
  decry decries decried slam slams slammed slamming blast blasts blasted blasting
  mock mocks mocked mocking attack attacks attacked attacking defend defends defended defending
  reprimand reprimands reprimanded rebuke rebukes rebuked scold scolds scolded
  applaud applauds applauded commend commends commended welcome welcomes welcomed
  counter counters countered retort retorts retorted recount recounts recounted
  acknowledge acknowledges tout touts touted brag brags bragged threaten threatens threatened
  underscore underscores underscored underline underlines underlined
  forecast forecasts exhort exhorts exhorted rule rules ruled lay lays laid spell spells spelled spelt
  liken likens likened compare compares compared outline outlines outlined articulate articulates
  articulated clarify clarifies clarified apologise apologises apologised apologize apologizes
  apologized talk talks talked talking echo echoes echoed bemoan bemoans bemoaned refer refers
  referred referring put puts unveil unveils unveiled single singles singled yells yelling
  reference references referenced
  encourage encourages encouraged encouraging compliment compliments complimented
  charge charges charged learn learns learned learnt proclaim proclaims proclaimed
  endorse endorses endorsed endorsing
`);

/** Verbs of thought and knowledge that attribute a view when a that-clause follows
 * ("the IMF expects that …", "Trump knows that …"). */
export const THAT_VERBS_EN = set(`
  expect expects expected hope hopes hoped fear fears feared think thinks thought feel feels felt
  know knows knew worry worries worried agree agrees agreed agreeing disagree disagrees disagreed disagreeing assume assumes assumed doubt doubts doubted
  recognize recognizes recognized recognise recognises recognised understand understands
  find finds found conclude concludes concluded show shows showed shown
`);

/** Nouns that report speech when a that-clause follows ("Trump’s claim that …"). */
export const SPEECH_NOUNS = set(`
  claim claims statement assertion argument suggestion warning promise pledge prediction insistence
  admission acknowledgment acknowledgement emphasis belief view contention allegation accusation
  charge remarks comments announcement assurance vow threat concession complaint insistence
  explanation conclusion
`);

/** Verbs of wanting that attribute an aim when an infinitive follows ("Clinton wants to …"). */
export const TO_VERBS_EN = set(`want wants wanted intend intends intended plan plans planned refuse refuses refused decide decides decided`);

/** Words before an -ing or -ed form that make it an adjective ("a promising start", "the alleged plot"). */
export const MODIFIER_WORDS = set(`a an the this that these those its his her their our my your very more most less so too`);

/** Speech verbs whose object is the reported content itself ("urged X to …", "praised …"), so the
 * passage keeps the verb (the convention for a noun-phrase or infinitive complement) unless a
 * that-clause follows. */
export const CONTENT_VERBS_EN = set(`
  urge urges urged urging praise praises praised praising hail hails hailed hailing
  thank thanks thanked thanking criticise criticises criticised criticize criticizes criticized
  criticizing criticising promise promises promised promising pledge pledges pledged pledging
  vow vows vowed vowing call calls called calling warn warns warned warning
  emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
  stress stresses stressed stressing identify identifies identified identifying
  spoke speak speaks speaking refute refutes refuted refuting reject rejects rejected rejecting
  deny denies denied denying accuse accuses accused accusing blame blames blamed blaming
  demand demands demanded demanding reaffirm reaffirms reaffirmed reaffirming
  assert asserts asserted asserting express expresses expressed expressing
  highlight highlights highlighted highlighting recommend recommends recommended recommending
  propose proposes proposed proposing dismiss dismisses dismissed describe describes described
  describing cite cites cited citing condemn condemns condemned condemning denounce denounces
  denounced decry decries decried slam slams slammed slamming blast blasts blasted blasting
  mock mocks mocked mocking attack attacks attacked attacking defend defends defended defending
  reprimand reprimands reprimanded rebuke rebukes rebuked scold scolds scolded applaud applauds
  applauded commend commends commended welcome welcomes welcomed tout touts touted
  underscore underscores underscored underline underlines underlined question questions questioned
  reiterate reiterates reiterated reiterating exhort exhorts exhorted encourage encourages encouraged
  encouraging compliment compliments complimented proclaim proclaims proclaimed endorse endorses
  endorsed endorsing threaten threatens threatened threatening rule rules ruled lay lays laid spell spells
  spelled spelt liken likens likened compare compares compared outline outlines outlined articulate
  articulates articulated echo echoes echoed bemoan bemoans bemoaned unveil unveils unveiled single
  singles singled talk talks talked talking
`);

/** English speech verbs that are also common nouns ("the reports", "a call"): counted only when
 * tagged as a verb. */
export const NOUN_LIKE_SPEECH_WORDS = set(`
  claims reports calls thanks notes points questions remarks estimates demands promises pledges
  vows praises answers replies tweets jokes quips counters welcomes forecasts forecast attacks
  blasts comments states
`);

/** Speech verbs that put the speaker after them in a tag ("…,” said Sheng", "…, added Rep. Clyburn"). */
export const INVERTING_VERBS = set(`
  say says said add adds added write writes wrote note notes noted explain explains explained
  ask asks asked continue continues continued recall recalls recalled argue argues argued
  insist insists insisted declare declares declared reply replies replied respond responds responded
  answer answers answered tweet tweets tweeted report reports reported warn warns warned
`);

/** Indonesian speech verbs ("mengatakan", "menyatakan", "memuji"). */
export const SPEECH_VERBS_ID = set(`
  mengatakan menyatakan menjelaskan menegaskan mengungkapkan menyebutkan menyebut menambahkan
  mengklaim membantah menyangkal mengakui memperingatkan mendesak meminta memuji menyerukan
  mengumumkan melaporkan berkata menilai mengimbau menekankan berjanji mengkritik menuduh menolak
  menanggapi mengecam mendorong berbicara mendukung menjanjikan mengusulkan menyarankan
  menyampaikan memaparkan menuturkan mengucapkan menyoroti menepis menyanggah mengingatkan memastikan
  mengaku berharap mengeluhkan menerangkan mengutarakan menganggap memperkirakan memprediksi
  menyesalkan mengapresiasi menyambut menyebutkan berpendapat berpandangan meyakini menduga mengungkap
  berkomentar
`);

/** Indonesian verbs that take the reported content as object ("memuji …", "mendesak …"). */
export const CONTENT_VERBS_ID = set(`
  memuji mendesak menyerukan memperingatkan mengecam mengkritik mendukung menjanjikan berjanji
  membantah menolak menekankan berbicara mendorong menyatakan meminta menyoroti mengusulkan
  menyarankan menuduh menyangkal menepis menyanggah mengeluhkan menyesalkan mengapresiasi menyambut
`);

/** Indonesian sentences that attribute the sentence before them: "Hal itu disampaikan Rina saat
 * …", "Demikian dikatakan Agus kepada wartawan." Their openings (lower case) and the passive
 * speech verbs that follow. */
export const BACK_REFERENCES_ID: ReadonlySet<string> = new Set([
  'hal itu', 'hal tersebut', 'hal ini', 'demikian', 'pernyataan itu', 'pernyataan tersebut', 'keterangan itu', 'keterangan tersebut',
]);
export const PASSIVE_SPEECH_VERBS_ID = set(`
  disampaikan dikatakan diungkapkan dijelaskan ditegaskan disebutkan diutarakan dipaparkan dituturkan
  ditambahkan diucapkan dinyatakan diterangkan
`);

/** Short Indonesian speech words that are also ordinary words ("kata" = word, "jelas" = clear):
 * a speech cue only in tag position, after a quote or a comma ("…,” kata Sheng"). */
export const ID_TAG_VERBS = set(`
  kata ujar tutur ucap jelas tegas imbuh tambah sebut bilang terang ungkap papar pungkas tandas timpal kilah
  katanya ujarnya tuturnya ucapnya jelasnya tegasnya imbuhnya tambahnya sebutnya bilangnya terangnya ungkapnya paparnya
  pungkasnya tandasnya timpalnya kilahnya
`);

/** Indonesian pronoun suffix forms: "katanya", "ujarnya", "menurutnya" (according to him or her)
 * — the speaker is the person last named. */
export const ID_PRONOUN_TAGS = set(`katanya ujarnya tuturnya ucapnya jelasnya tegasnya imbuhnya tambahnya sebutnya bilangnya terangnya
  ungkapnya paparnya pungkasnya tandasnya timpalnya kilahnya menurutnya`);

/** Words that introduce the source of a statement: "according to X", "menurut X". The value is
 * how many tokens the phrase has. */
export const SOURCE_PHRASES: ReadonlyMap<string, string | undefined> = new Map([
  ['according', 'to'], ['menurut', undefined], ['menurutnya', undefined],
]);

/** Words that open an appositive describing a speaker: "said Jane Dorsey, a trader …", "kata
 * Siti Aminah, seorang pedagang …", "…, salah satu pendiri …". */
export const APPOSITIVE_OPENERS = set(`a an the seorang salah`);

/** Indonesian words of tense and mood that follow a clause's subject ("polisi telah …", "harga akan …"). */
export const CLAUSE_MARKERS_ID = set(`telah sudah akan sedang belum tidak masih harus bisa dapat tengah`);

/** Indonesian verbs that take an object or a clause: "menyatakan dukungan" / "menyatakan harga akan turun". */
export const DECLARING_VERBS_ID = set(`menyatakan menekankan membantah menyangkal menepis menyanggah`);

/** Words that may stand in a date besides its day, month and year ("on", "pada", "tanggal"). */
export const WHEN_FILLERS = set(`on pada tanggal hari the of`);

/** Subject pronouns besides those that can stand for a speaker (SPEAKER_PRONOUNS). */
export const CLAUSE_SUBJECTS = set(`it we i you`);

/** Words that open the reported clause after a speech verb. */
export const COMPLEMENTIZERS = set(`that bahwa kalau`);

/** Prepositions after a speech verb that make its complement a phrase to keep with the verb
 * ("argued against …", "spoke about …", "berbicara tentang …"). */
export const PHRASE_PREPOSITIONS = set(`about against of for over out upon tentang soal mengenai terhadap atas`);

/** Personal pronouns that can stand for a speaker, with what they can refer to. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'person' | 'plural'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['dia', 'person'], ['ia', 'person'],
  ['beliau', 'person'], ['mereka', 'plural'],
]);

/** Honorifics that tell a person's gender, for matching "he" and "she". */
export const MALE_HONORIFICS = set(`mr mr. sir lord pak bapak`);
export const FEMALE_HONORIFICS = set(`mrs mrs. ms ms. miss madam dame lady bu ibu`);

/** Common nouns that stand for a person already named ("the executive added"). */
export const PERSON_SPEAKER_NOUNS = set(`
  executive official minister spokesman spokeswoman spokesperson president chairman chairwoman
  ceo founder co-founder senator governor mayor premier secretary director lawyer attorney
  analyst economist candidate nominee leader congressman congresswoman lawmaker businessman
  businesswoman billionaire tycoon chief diplomat ambassador envoy professor academician
  commissioner chancellor judge researcher expert entrepreneur investor vice-premier
  pejabat menteri presiden direktur eksekutif pendiri ketua gubernur
`);

/** People who speak for an organisation named after "for" ("a spokesperson for X", "lawyers for
 * the company"): the organisation is the speaker. */
export const REPRESENTATIVE_NOUNS = set(`
  spokesperson spokesman spokeswoman spokespeople lawyer lawyers attorney attorneys barrister barristers
  solicitor solicitors counsel representative representatives
`);

/** Documents through which an organisation or a person speaks ("The Hallam Institute report
 * found …", "a study by the Hallam Institute says …", "a Lind tweet attacking …"). */
export const SOURCE_DOCUMENT_NOUNS = set(`report study survey analysis audit review memo filing poll statement letter tweet`);

/** Words that make a place before a noun say where it is: "the Beijing-based company", "a
 * Jakarta-listed firm". */
export const LOCATING_PARTICIPLES = set(`based headquartered listed registered`);

/** Company-like nouns that may stand for the organisation named last even when its name lacks the
 * noun ("the firm said" after "Qihoo 360"); other nouns must be a word of the name ("the ministry"). */
export const COMPANY_SPEAKER_NOUNS = set(`
  company firm group startup giant maker manufacturer operator airline carrier bank retailer insurer
  lender automaker carmaker chipmaker broadcaster newspaper publisher developer supplier conglomerate
  perusahaan maskapai
`);

/** Determiners before such a noun ("the", "this") — Indonesian puts them after ("perusahaan itu"). */
export const SPEAKER_NOUN_DETERMINERS = set(`the this that its his her their itu tersebut ini`);

/** Phrases that stand for the two persons named last ("Both men asserted …"). */
export const JOINT_SPEAKER_PHRASES = [
  ['both', 'men'], ['both', 'women'], ['both', 'leaders'], ['both', 'executives'], ['both', 'officials'],
  ['the', 'two', 'men'], ['the', 'two', 'women'], ['the', 'two', 'leaders'], ['the', 'two', 'executives'],
  ['the', 'pair'], ['keduanya'], ['kedua', 'tokoh'], ['kedua', 'pria'], ['kedua', 'pemimpin'],
];

/** Words allowed between a speaker and the verb ("Lei also said", "Xinhua reported Saturday",
 * "Dia juga mengatakan", "X was quoted as saying"). */
export const SUBJECT_VERB_FILLERS = set(`
  also further later again repeatedly previously recently once then publicly privately separately
  reportedly first earlier still never not had has have will would could did does do was were
  this last next week weekend month year night morning afternoon evening long often frequently
  consistently openly already even since now currently sometimes usually ultimately simply flatly
  quickly immediately later subsequently january february march april may june july august
  september october november december januari februari maret mei juni juli agustus oktober desember
  is are been being quoted as once again finally herself himself themselves itself just
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
  juga pun kemudian lalu sempat pernah telah sudah akan bahkan kembali lagi
`);

/** Addressees after "told" that are not the reported content ("told reporters that …"). */
export const ADDRESSEE_WORDS = set(`reporters journalists me us him her them viewers supporters audience crowd lawmakers wartawan`);

/** Words that attach a name to the one before it rather than making it a subject
 * ("Elon Musk of Tesla", "Lei Jun dari Xiaomi"). */
export const MODIFIER_PREPOSITIONS = set(`of at from for with by in on to dari di untuk dengan oleh pada ke`);

/** Coordinating words that join a second speech verb to the first one's subject
 * ("praised … and urged …", "memuji … dan mendesak …"). */
export const COORDINATORS = set(`and or yet but dan atau serta tetapi namun while sementara`);

// ---- the shape of a statement: words the rules use to find where speech and speakers begin and end

/** Forms of "be", for passives ("was told") that report nobody's words. */
export const BE_FORMS = set(`is are was were be been being`);

/** Copulas before a quoted judgement ("is “a misinterpretation”"). */
export const COPULAS = set(`is was are were be been being 's ’s seemed looked felt adalah merupakan ialah sangat`);

/** Verbs of speaking, a cue only with a topic ("spoke about", "talks to X about"). */
export const SPEAK_VERBS = set(`speak speaks spoke speaking talk talks talked talking`);
export const SPEAKING_TOPICS = set(`about of out against up tentang soal mengenai`);

/** Verbs whose object is the addressee, not the content ("told reporters that …"). */
export const TELL_VERBS = set(`tell tells told telling`);

/** Participles that comment on the sentence rather than report the speaker ("…, highlighting the
 * importance of …"). */
export const COMMENTING_PARTICIPLES = set(`highlighting underscoring underlining indicating signalling signaling showing reflecting questioning`);

/** Particles that make "call" a telephone call or a summons ("called into a radio show", "called
 * off the talks", "called back"); "called in" counts only before "to" ("called in to a town hall"),
 * as "what he called in an interview “…”" names something. */
export const CALL_PARTICLES = set(`into up off back`);

/** Adverbs that make "called" name something ("also called the Kelana Forum"). */
export const NAMING_ADVERBS = set(`also often sometimes now formerly originally once commonly widely`);

/** Words before "to" whose subject speaks the infinitive ("went on to say", "appeared to blame"). */
export const CONTROL_VERBS = set(`on continued continues proceeded began went appeared appears seemed seems tried tries sought seeks terus lalu`);

/** Verbs that report speech only with "out" ("pointed out", "ruled out", "laid out"). */
export const OUT_VERBS = set(`point points pointed pointing rule rules ruled lay lays laid spell spells spelled spelt single singled singles`);

/** "As Rosenthal put it, …" */
export const PUT_IT = set(`put puts`);

/** Verbs that characterise someone when "as" follows ("painted the mayor as an out-of-touch landlord"). */
export const AS_VERBS = set(`
  paint paints painted painting portray portrays portrayed portraying cast casts casting depict depicts
  depicted depicting characterize characterizes characterized characterise characterises characterised
  label labels labeled labelled brand branded brands
`);

/** Verbs that report speech with a particle ("railed against", "went after", "doubled down"). */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ...withParticle(`rail rails railed railing`, 'against'),
  ...withParticle(`lash lashes lashed lashing`, 'out'),
  ...withParticle(`weigh weighs weighed weighing`, 'in'),
  ...withParticle(`go goes went gone going`, 'after'),
  ...withParticle(`double doubles doubled doubling`, 'down'),
  ...withParticle(`apologize apologizes apologized apologizing apologise apologises apologised apologising`, 'for'),
]);

function withParticle(forms: string, particle: string): Array<[string, string]> {
  return [...set(forms)].map((form) => [form, particle]);
}

/** Possessives that name whose claim a noun reports ("Trump’s claim that …", "her acknowledgment"). */
export const POSSESSIVES = set(`'s ’s his her`);

/** Words that separate one statement from the next in a sentence. */
export const SEPARATORS = set(`, ; — – and dan but while sementara serta as tetapi namun`);

/** Words opening a subordinate clause: speech reported after them stays inside the clause around it. */
export const SUBORDINATORS = set(`when after before because since if where although though unless until ketika saat setelah karena jika`);

/** Subordinators of time: after a tag they open the writer's account of when it was said ("…,
 * Brekke said on Thursday, after the company reported a loss"), where "because" may still be
 * the speaker's reason. */
export const TIME_SUBORDINATORS = set(`when after before while ketika saat setelah sebelum`);

/** Words after a comma that open the writer's comment on a verb's object rather than more of it. */
export const OBJECT_COMMENTS = set(`which after when as while although though most notably`);

/** Words opening a phrase of place, time or manner after a verb ("said in a speech that"). */
export const PHRASE_OPENERS = set(`in on at during to via through after before pada dalam di kepada`);

/** Contrasts after a comma that end a reported clause (", but …"). */
export const CONTRASTS = set(`but yet although though whereas something tetapi namun meskipun`);

/** Time words that may open a clause before its subject ("Last week Stumpf …"). */
export const TIME_WORDS = set(`
  week month year weekend night morning afternoon evening today yesterday tonight earlier later
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Words that say when something was said, right after the verb ("said yesterday it would …"). */
export const WHEN_SAID = set(`yesterday today tonight earlier`);

export const RELATIVE_PRONOUNS = set(`who which whose yang`);
export const BE_OR_HAVE = set(`is was are were has have had will would`);
export const ARTICLES = set(`the a an`);
export const LIST_SEPARATORS = set(`and dan & ,`);

/** Prepositions whose object is not a subject, so that a pronoun stands for someone else sooner
 * ("lobbying by loyalists to Joe Biden and Bernie Sanders. That is why, he argued, …"). Not
 * "after" or "until", which wink tags as prepositions too: a name after them may open a clause
 * ("until Trump reached …"). */
export const OBLIQUE_PREPOSITIONS = set(`to from with by for against between among about at toward towards than like including kepada dengan untuk terhadap`);

/** Tokens that may come right before the first word of a subject. */
export const SUBJECT_OPENERS = set(`
  , . ! ? ( and dan & — – : ; “ " ‘ ' ”
  since because when after before as if although though while where until unless once but so
  ketika saat setelah sebelum karena meski tetapi
`);

/** Labels of interview questions and answers ("Q: …", "A: …"), English and Indonesian. */
export const QUESTION_LABELS = set(`q question t tanya pertanyaan`);
export const ANSWER_LABELS = set(`a answer j jawab jawaban`);
/** Editors' labels that open a paragraph in capitals like a transcript's speaker ("CORRECTION: …",
 * "EDITOR'S NOTE: …"), beyond the common words. */
export const EDITORIAL_LABELS = set(`
  clarification correction corrections breaking disclosure transcript caption editors editor's exclusive
  koreksi ralat
`);

/** Abbreviations (lower case, without the full stop) after which a sentence splitter may wrongly
 * cut ("Rep. Gregory W. Meeks"). */
export const SENTENCE_ABBREVIATIONS = set(`
  mr mrs ms dr sen rep gov gen lt col capt sgt st jr sr inc co corp ltd no prof rev hon pres dept univ
  jan feb mar apr aug sep sept oct nov dec
`);
