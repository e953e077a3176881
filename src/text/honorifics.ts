// Honorifics written before a person's name: "Bu Risma", "#gusimin", "@khmarufamin". One list for the
// three places that read them — mention context (a common word after a title is a name), hashtag
// segmentation (a title may be a piece of a tag) and account handles (a short key may follow a title).
export const HONORIFICS: ReadonlySet<string> = new Set([
  'pak', 'bapak', 'bu', 'ibu', 'bunda', 'mas', 'mbak', 'kak', 'bang', 'abang', 'cak', 'ning', 'gus', 'kang',
  'teh', 'abah', 'mbah', 'bli', 'daeng', 'kh', 'kiai', 'kyai', 'ustadz', 'ustad', 'habib', 'prof',
]);
