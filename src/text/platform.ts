// Platform boilerplate that says nothing about the post: the "see more" / "see translation" chrome
// that Facebook and Instagram exports leave at the end of a caption, and reach hashtags (#fyp,
// #foryou, #xyzbca …) that TikTok and Instagram users add to every post. Both are dropped before
// anything else reads the text, so the same words score the same whichever platform they came from
// (`npm run robustness` measures this).

const UI_PHRASES = ['lihat selengkapnya', 'lihat terjemahan', 'tampilkan terjemahan', 'lihat lebih banyak', 'see more', 'see translation', 'show more', 'see original'];
const CHROME_PHRASES = [...UI_PHRASES, 'selengkapnya'].join('|');
// Right after a cut (… or ...) or a line break, as exports put it, in any case.
const TRAILING_CHROME = new RegExp(`(?:\\n|…|\\.{3})[ \\t]*(?:${CHROME_PHRASES})[ \\t]*$`, 'i');
/** A phrase with its first letter a capital, as the platform shows it ("Lihat selengkapnya", "See Translation"). */
const asShown = (phrase: string) => phrase[0].toUpperCase() + phrase.slice(1).replace(/\p{L}/gu, (c) => `[${c}${c.toUpperCase()}]`);
// Copied from the page rather than exported, the chrome follows the caption on its line ("Mantap nomor 3
// Lihat selengkapnya", "… · See translation"): there it goes when written as the platform shows it,
// after some text; "mau lihat selengkapnya" stays, as do the words anywhere but the end. Normalized
// text is lowercase, with no cut or line break, so normalizing twice changes nothing more.
const TRAILING_SHOWN_CHROME = new RegExp(`(?<=\\S)(?:[ \\t]+|[ \\t]*[·•|][ \\t]*)(?:${UI_PHRASES.map(asShown).join('|')})[ \\t]*$`, 'u');
/** The same phrases at the very end: a cheap test on the last characters before the full one. */
const CHROME_ENDING = new RegExp(`(?:${CHROME_PHRASES})$`, 'i');
const TAIL = 24; // longer than the longest phrase

/** Tags that only ask the platform for reach; lowercased, without '#'. */
const REACH_HASHTAGS: ReadonlySet<string> = new Set(['fy', 'viral', 'viralvideo', 'trending', 'trendingnow', 'explore', 'explorepage']);
/** Reach tags come in endless spellings (#fypシ, #fypdong, #tiktokindonesia): these beginnings mark one. */
const REACH_PREFIX = /^(?:fyp|foryou|xyz|xyb|beranda|masukberanda|tiktok|capcut|reels)/;
const HASHTAG = /#([\p{L}\p{N}_シ]{1,100})/gu;
/**
 * What every reach tag starts with (the set's words begin with fy/viral/trending/explore): a cheap
 * test before the replace, which most posts with hashtags do not need. With `iu` it also matches
 * whatever toLowerCase would turn into these letters (the Kelvin sign is a k).
 */
const MAYBE_REACH = /#(?:fy|foryou|viral|trending|explore|xy[zb]|beranda|masukberanda|tiktok|capcut|reels)/iu;

export function isReachHashtag(body: string): boolean {
  const tag = body.toLowerCase();
  return REACH_HASHTAGS.has(tag) || REACH_PREFIX.test(tag);
}

/** The text without reach hashtags and then without trailing export chrome. */
export function stripPlatformBoilerplate(text: string): string {
  let out = text;
  if (out.includes('#') && MAYBE_REACH.test(out)) {
    out = out.replace(HASHTAG, (tag, body: string) => (isReachHashtag(body) ? ' ' : tag));
  }
  // Cheap look at the last characters first: almost no post ends in chrome.
  for (let trimmed = out.trimEnd(); CHROME_ENDING.test(trimmed.slice(-TAIL)); trimmed = out.trimEnd()) {
    const chrome = TRAILING_CHROME.test(trimmed) ? TRAILING_CHROME : TRAILING_SHOWN_CHROME.test(trimmed) ? TRAILING_SHOWN_CHROME : undefined;
    if (!chrome) break;
    out = trimmed.replace(chrome, '');
  }
  return out;
}
