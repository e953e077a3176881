// Honorifics written before a person's name: "Bu Risma", "#gusimin". One list for mention context (a
// common word after a title is a name) and hashtag segmentation (a title may be a piece of a tag);
// account handles use their own shorter list (mentions.ts).
// Not "kak" or "teh": they precede anyone's name ("Kak Gama ulang tahun").
export const HONORIFICS: ReadonlySet<string> = new Set([
  'pak', 'bapak', 'bu', 'ibu', 'bunda', 'mas', 'mbak', 'bang', 'cak', 'ning', 'gus', 'kang', 'abah', 'mbah',
  'kh', 'kiai', 'kyai', 'ustadz', 'prof',
]);
