// Function words by language, for language identification.
import { set } from './words';

/** The most frequent function words, for language identification. */
export const FUNCTION_WORDS = {
  en: set(`the of and to in is that for on with as was by it at from his her he she they are were
    has have had be been this an not but which who will would said its their or also after`),
  id: set(`yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh bahwa
    adalah atau sudah telah bisa dapat kata para mereka kami kita saat tersebut lebih serta
    menurut hal ada seperti namun tahun sebagai bagi masih harus agar`),
};


/** Words that open English sentences and rarely continue a name or an abbreviation's phrase:
 * after an abbreviation ("… Sarana Ltd. The company …") one of them starts a new sentence, where
 * "U.S. Army" or "Ltd. Chairman" does not. */
export const SENTENCE_OPENERS = set(`a an the this that these those it its he she we they i you his her their our my your
  but and or so yet if when while after before although though because since as at in on by for from with
  however meanwhile still also even then there here now today yesterday last next many some most all both each
  every no not one two according analysts what who why how where which`);
