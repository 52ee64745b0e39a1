// Words that signal speech in English and Indonesian: reporting verbs, speaker pronouns.
import { set } from './words';

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

/** Personal pronouns that can stand for a speaker, with what they can refer to. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'person' | 'plural'> = new Map([
  ['he', 'person'], ['she', 'person'], ['they', 'plural'], ['dia', 'person'], ['ia', 'person'],
  ['beliau', 'person'], ['mereka', 'plural'],
]);

/** Indonesian pronoun suffix forms: "katanya", "ujarnya" — the speaker is the last one named. */
export const ID_PRONOUN_TAGS = set(`katanya ujarnya tuturnya ucapnya jelasnya tegasnya imbuhnya tambahnya sebutnya`);
