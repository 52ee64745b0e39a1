// Words around and inside names: titles, honorifics, organisation suffixes and heads, known
// organisations, and capitalised words that are never names (English and Indonesian).
import { set } from './words';

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

