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

