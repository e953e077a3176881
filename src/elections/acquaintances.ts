// A config's alias of a title and a name ("Bu Risma", "Mas Emil") counts alone, as the config asks; but
// many bear the name, and the words right after it may make the person one the writer knows: a
// neighbour, an in-law, the writer's teacher, friend or aunt. A candidate is hardly any of them.
import { HONORIFICS } from '../text/honorifics.js';
import type { Found } from './mention-context.js';

/** Right after the alias, alone: "Bu Risma tetangga sebelah", "Mas Emil sepupu saya". */
const ACQUAINTANCES: ReadonlySet<string> = new Set([
  'tetangga', 'tetanggaku', 'tetanggane', 'tonggo', 'tonggoku', 'sepupu', 'sepupuku', 'ipar', 'iparku', 'mertua', 'mertuaku',
  'ponakan', 'ponakanku', 'keponakan', 'keponakanku',
]);

/**
 * Right after the alias, the writer's only with the writer named a few words on or with -ku: "Bu Risma
 * guru SD saya", "Mas Emil teman kuliah saya", "Bu Risma tanteku"; alone they are anyone's ("guru
 * bangsa", "teman rakyat"), and bude, pakde, om, tante are titles too ("Pakde Jokowi"). Not atasan,
 * bos, kepala or dosen: an incumbent is a civil servant's superior ("Bu Khofifah atasan kami"), a
 * professor who runs a student's lecturer ("Prof Mahfud dosen saya").
 */
const WRITERS_RELATIONS: ReadonlySet<string> = new Set([
  'guru', 'kepsek', 'teman', 'temen', 'kawan', 'sahabat', 'konco', 'kanca',
  'tante', 'bibi', 'om', 'paman', 'pakde', 'pakdhe', 'bude', 'budhe', 'bulik', 'paklik',
]);

/** The writer, as the relation's owner. Not "kita": "guru kita semua" is everyone's. */
const WRITER: ReadonlySet<string> = new Set(['saya', 'aku', 'ku', 'gue', 'gw', 'ane', 'kami']);

/** Words between the relation and the writer that make it a figure of speech: "guru politik saya" is a mentor, maybe the candidate. */
const FIGURATIVE: ReadonlySet<string> = new Set(['politik', 'spiritual', 'bangsa', 'perjuangan', 'idola']);

/** How many words after the relation may come before the writer: "guru SD saya", "guru ngaji anak saya". */
const WRITER_WITHIN = 3;

/** Whether tokens[at] starts a relation of the writer's: "guruku", "guru SD saya", "kepala sekolah kami". */
function writersRelationAt(tokens: readonly string[], at: number): boolean {
  const word = tokens[at];
  if (word === undefined) return false;
  if (word.endsWith('ku') && WRITERS_RELATIONS.has(word.slice(0, -2))) return true;
  const end = word === 'kepala' && tokens[at + 1] === 'sekolah' ? at + 1 : WRITERS_RELATIONS.has(word) ? at : -1;
  if (end < 0) return false;
  for (let k = end + 1; k <= end + WRITER_WITHIN && k < tokens.length; k++) {
    if (WRITER.has(tokens[k])) return true;
    if (FIGURATIVE.has(tokens[k])) return false;
  }
  return false;
}

/** A titled alias the writer calls a neighbour, a relative, a teacher or a friend: "Bu Risma tetangga sebelah", "Bu Risma guru SD saya". */
export function isAcquaintance(f: Found, tokens: readonly string[]): boolean {
  return f.kind === 'alias' && f.end - f.start > 1 && HONORIFICS.has(tokens[f.start]) && (ACQUAINTANCES.has(tokens[f.end]) || writersRelationAt(tokens, f.end));
}
