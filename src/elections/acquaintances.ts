// A config's alias of a title and a name ("Bu Risma", "Mas Emil") counts alone, as the config asks; but
// many bear the name, and the words right after it may make the person one the writer knows: a
// neighbour, an in-law, the writer's teacher, friend or aunt, or the child of one of them. A candidate
// is hardly any of them.
import { HONORIFICS, NAME_TITLES } from '../text/honorifics.js';
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

/** The writer, as the relation's owner (Betawi "aye" too). Not "kita": "guru kita semua" is everyone's. */
const WRITER: ReadonlySet<string> = new Set(['saya', 'aku', 'ku', 'gue', 'gw', 'gua', 'ane', 'aye', 'kami']);

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
  return end >= 0 && writerAfter(tokens, end);
}

/** Whether the writer is named within WRITER_WITHIN words after tokens[end], no figure of speech before: "guru SD saya". */
function writerAfter(tokens: readonly string[], end: number): boolean {
  for (let k = end + 1; k <= end + WRITER_WITHIN && k < tokens.length; k++) {
    if (WRITER.has(tokens[k])) return true;
    if (FIGURATIVE.has(tokens[k])) return false;
  }
  return false;
}

/** A child, also "the child of" (-nya, Javanese -e): "anaknya bu kantin", "putrane Pak RT". */
const CHILD: ReadonlySet<string> = new Set(['anak', 'anaknya', 'anake', 'putra', 'putranya', 'putrane', 'putri', 'putrinya', 'putrine']);

/**
 * Everyday roles a post names someone by, after a title: "Bu Kantin", "Pak RT", "Bu Guru", "Pak Satpam"
 * are people of the writer's street, school or office. Not a figure's office ("anak presiden") nor a
 * name ("anak Pak Jokowi"): a candidate's parent may be either. Without a title a role is where one
 * comes from ("anak petani", "anak guru"), a campaign's line, so the title is needed.
 */
const EVERYDAY_ROLES: ReadonlySet<string> = new Set([
  ...['kantin', 'warung', 'warteg', 'kos', 'kost', 'kosan', 'guru', 'dosen', 'kepsek', 'satpam', 'security', 'penjaga', 'kebun', 'pos'],
  ...['rt', 'rw', 'lurah', 'kades', 'kadus', 'kasun', 'camat', 'hansip', 'linmas', 'bidan', 'mantri', 'dokter'],
  ...['ustadz', 'ustaz', 'ustad', 'marbot', 'modin', 'sopir', 'supir', 'ojek', 'tukang'],
]);

/**
 * Whether tokens[at] starts "the child of" someone the writer knows: of someone named by an everyday
 * role ("anak Bu Kantin"), a neighbour or relation ("anak tetangga", "anak teman saya"), or the
 * writer's own ("anak saya", "anakku"). "Mas Gibran anak Pak Jokowi", "anak muda" stay the candidate.
 */
function childOfAcquaintanceAt(tokens: readonly string[], at: number): boolean {
  const word = tokens[at];
  if (word === undefined) return false;
  if (word.endsWith('ku') && CHILD.has(word.slice(0, -2))) return true;
  if (!CHILD.has(word)) return false;
  const next = tokens[at + 1];
  if (next === undefined) return false;
  if (WRITER.has(next) || ACQUAINTANCES.has(next) || writersRelationAt(tokens, at + 1)) return true;
  return NAME_TITLES.has(next) && EVERYDAY_ROLES.has(tokens[at + 2]);
}

/**
 * A person's titled alias or single word the writer calls a neighbour, a relative, a teacher or a
 * friend, or a child of one: "Bu Risma tetangga sebelah", "Bu Risma guru SD saya", "Mas Gibran anak
 * Bu Kantin", "Emil tetangga saya". A full name stays the candidate ("Emil Dardak teman saya").
 */
export function isAcquaintance(f: Found, tokens: readonly string[]): boolean {
  if (f.kind !== 'alias' && f.kind !== 'name') return false;
  const titledAlias = f.kind === 'alias' && f.end - f.start > 1 && HONORIFICS.has(tokens[f.start]);
  const oneWord = f.end - f.start === 1;
  if (!titledAlias && !oneWord) return false;
  if (writersRelationAt(tokens, f.end) || childOfAcquaintanceAt(tokens, f.end)) return true;
  const next = tokens[f.end];
  if (!ACQUAINTANCES.has(next)) return false;
  // After a title a neighbour is the writer's ("Pak Emil tetangga sebelah"); after a bare word, only
  // when the writer says so: "Emil tetanggaku", "Emil tetangga saya", not "Emil tetangga Trenggalek".
  return titledAlias || HONORIFICS.has(tokens[f.start - 1]) || next.endsWith('ku') || writerAfter(tokens, f.end);
}
