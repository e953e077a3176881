// Honorifics written before a person's name: "Bu Risma", "#gusimin". One list for mention context (a
// common word after a title is a name) and hashtag segmentation (a title may be a piece of a tag);
// account handles use their own shorter list (src/elections/account-handles.ts).
// Not "kak" or "teh": they precede anyone's name ("Kak Gama ulang tahun").
export const HONORIFICS: ReadonlySet<string> = new Set([
  'pak', 'bapak', 'bu', 'ibu', 'bunda', 'mas', 'mbak', 'bang', 'cak', 'ning', 'gus', 'kang', 'abah', 'mbah',
  'kh', 'kiai', 'kyai', 'ustadz', 'prof',
]);

/**
 * Every title written before a name, regional ones too ("Aa Asep", "Teh Airin", "Uda Rizal", "Daeng
 * Baso", "Bli Made"): a title and a common given name is anyone of that name. For config checks and
 * account keys, not for mention context (many are also words: "teh" is tea, "uni" a union).
 */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...['aa', 'akang', 'teh', 'teteh', 'ceu', 'mang', 'neng', 'kak', 'kakak', 'uda', 'uni', 'daeng', 'bli', 'abang', 'bung'],
  ...['om', 'tante', 'mak', 'mbok', 'wak', 'uwak', 'opung', 'ompung', 'amang', 'inang', 'koko', 'cici', 'haji', 'hj', 'ustad', 'ustadzah'],
  ...['nyai', 'raden', 'ki', 'nyi', 'dik', 'adik', 'bro', 'sis'],
]);
