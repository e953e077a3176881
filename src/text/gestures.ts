// Emoji and phrases that stand for a ballot number through a hand gesture (one, two or three fingers).
// ☝ = 1, ✌ = 2, 🤟 = 3 (the common stand-in for a three-finger salute). Skin tones are stripped earlier.
import { LETTER_DIGITS, leetReading } from './leetspeak.js';

export const GESTURE_EMOJI: ReadonlyMap<string, number> = new Map([
  ['\u261d', 1], // ☝ index pointing up
  ['\u270c', 2], // ✌ victory hand
  ['\ud83e\udd1f', 3], // 🤟 love-you gesture, read as three fingers
]);

// "salam dua jari", "pose 3 jari", "tiga jari 🤟": the spoken gesture, also in leetspeak ("s4lam du4
// j4ri"). Only after a word that names a gesture or before a gesture emoji: "2 jari bengkak", "pakai 2
// jari di touchpad" are fingers.
const CUES = ['salam', 'pose', 'gaya', 'acung', 'acungkan', 'acungin', 'mengacungkan', 'angkat', 'mengangkat', 'tunjukkan', 'tunjukin', 'simbol', 'kode'];
/** Words that make what follows a gesture: "salam dua jari", "pose ✌️". */
export const GESTURE_CUES: ReadonlySet<string> = new Set(CUES);
const PHRASE_NUMBER: Record<string, number> = { satu: 1, siji: 1, '1': 1, dua: 2, loro: 2, '2': 2, tiga: 3, telu: 3, '3': 3 };
/**
 * A word as a regex source that also matches it in leetspeak ("j4ri", "s4lam", "t1g4"): each letter
 * with a digit reading (leetspeak.ts) may be that digit. Digits themselves stay digits.
 */
const leetable = (word: string): string => word.replace(/[a-z]/g, (ch) => (LETTER_DIGITS[ch] ? `[${ch}${LETTER_DIGITS[ch]}]` : ch));
/** The number a phrase's number word stands for, written plainly or in leetspeak ("du4" → 2). */
const phraseNumber = (word: string): number => PHRASE_NUMBER[word] ?? PHRASE_NUMBER[leetReading(word)];
const CUE = `\\b(?:${CUES.map(leetable).join('|')})\\s+`;
const SIGNS = [...GESTURE_EMOJI.keys()].join('|');
const JARI = leetable('jari');
/** "<number> jari" for the given number words, as a regex source. */
const fingers = (numbers: string) => `(?:${numbers})\\s+${JARI}\\b`;
const spoken = (numbers: string) => `${CUE}${fingers(numbers)}|\\b${fingers(numbers)}(?=\\s*(?:${SIGNS}))`;
const GESTURE_PHRASE = new RegExp(spoken(`(${Object.keys(PHRASE_NUMBER).map(leetable).join('|')})`), 'g'); // groups: the cued number, the bare one
const HAS_JARI = new RegExp(JARI);

/**
 * Every way gesture n is written that normalization reads as its token, as a regex source for
 * matching a post's text case-insensitively: spoken ("Salam dua jari", cue included, or "2 jari"
 * before an emoji; "jari" after a cue too, for a phrase that names the cue itself) or its emoji.
 */
export function writtenGesture(n: number): string {
  const numbers = Object.keys(PHRASE_NUMBER).filter((w) => PHRASE_NUMBER[w] === n).map(leetable).join('|');
  const sign = [...GESTURE_EMOJI].find(([, m]) => m === n)?.[0] ?? '(?!)';
  return `${spoken(numbers)}|(?<=${CUE})${fingers(numbers)}|${sign}\uFE0F?`;
}

export function gestureToken(n: number): string {
  return `<gesture:${n}>`;
}

/** The number a gesture token stands for (<gesture:2> → 2); undefined for any other token. */
export function gestureNumber(token: string): number | undefined {
  const m = /^<gesture:(\d)>$/.exec(token);
  return m ? Number(m[1]) : undefined;
}

/**
 * A gesture's emoji by its number, as a reader sees it (<gesture:2> → ✌️): ☝ and ✌ are text symbols
 * that need the emoji variation selector to show as emoji; 🤟 is an emoji already.
 */
export const GESTURE_SIGN: readonly string[] = ['', ...[...GESTURE_EMOJI].sort((a, b) => a[1] - b[1]).map(([sign]) => (sign.length === 1 ? `${sign}\uFE0F` : sign))];

// How a reader sees a gesture mention and the way back to its token, written and read here only.
export function gestureReading(n: number): string {
  return `salam ${n} jari`;
}

/** Each gesture reading in a lowercased phrase back to its token ("salam 2 jari" → "<gesture:2>"). */
export function gestureReadingsToTokens(phrase: string): string {
  return phrase.replace(/\bsalam (\d) jari\b/g, (_m, n: string) => gestureToken(Number(n)));
}

export function replaceGesturePhrases(text: string): string {
  if (!HAS_JARI.test(text)) return text; // "jari" as written or in leetspeak
  return text.replace(GESTURE_PHRASE, (m: string, cued: string | undefined, bare: string | undefined) => {
    const cue = cued === undefined ? '' : m.slice(0, m.search(/\s/)); // "salam" stays a word ("s4lam" too: the word rewrites read it)
    return `${cue} ${gestureToken(phraseNumber(cued ?? bare!))} `;
  });
}
