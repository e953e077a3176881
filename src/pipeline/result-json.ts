// A score result's JSON, written as UTF-8 straight into a Utf8Builder: the bytes of
// `JSON.stringify(result)` encoded, without making that string. Results have one shape (scorer.ts), so
// the keys are written in their order; numbers and strings come out exactly as JSON.stringify writes
// them. In the batch loop this saves ≈ 1.5 µs a post against JSON.stringify + encoding (less garbage, no
// two-byte string to encode: docs/benchmark-history.md). test/pipeline/result-json.test.ts checks the
// bytes against JSON.stringify.
import type { ScoreResult } from './scorer.js';
import type { Evidence, WrittenPlace } from '../explain/evidence.js';
import type { TextRange } from '../explain/text-range.js';
import type { Utf8Builder } from '../util/utf8-builder.js';

// The keys written, in the order written (the objects' own order, which JSON.stringify follows). A key
// added to one of these types and not written below fails the typecheck (`covered`), and a result
// carrying a key not listed fails test/pipeline/result-json.test.ts.
export const RESULT_KEYS = ['id', 'label', 'risk', 'level', 'scores', 'evidence', 'mentions', 'stage', 'election', 'model', 'part'] as const;
export const SCORE_KEYS = ['ajakan', 'dukungan', 'serangan', 'netral'] as const;
export const EVIDENCE_KEYS = ['text', 'weight', 'candidate', 'written'] as const;
export const PLACE_KEYS = ['text', 'start', 'end'] as const;
export const MENTION_KEYS = ['kind', 'text', 'candidate'] as const;
export const PART_KEYS = ['start', 'end'] as const;

/** true when `K` lists every key of `T`, else the keys missing. */
type Covers<T, K extends readonly PropertyKey[]> = [Exclude<keyof T, K[number]>] extends [never] ? true : { unwritten: Exclude<keyof T, K[number]> };
const covered: [
  Covers<ScoreResult, typeof RESULT_KEYS>,
  Covers<ScoreResult['scores'], typeof SCORE_KEYS>,
  Covers<Evidence, typeof EVIDENCE_KEYS>,
  Covers<WrittenPlace, typeof PLACE_KEYS>,
  Covers<ScoreResult['mentions'][number], typeof MENTION_KEYS>,
  Covers<TextRange, typeof PART_KEYS>,
] = [true, true, true, true, true, true];
void covered;

/** A result as the service answers it may carry `warnings` last (batch-items.ts); written by JSON.stringify, as it is rare. */
export type ResultWithWarnings = ScoreResult & { warnings?: readonly object[] };

// The builder being written to, its buffer, and where the next byte goes (writing is synchronous).
let out: Utf8Builder;
let buf: Uint8Array;
let at = 0;

const utf8 = new TextEncoder();

/** At least `bytes` free from `at`. */
function reserve(bytes: number): void {
  if (buf.length - at < bytes) {
    out.wrote(at);
    buf = out.room(bytes);
  }
}

/** Text known to be ASCII without anything JSON escapes: keys, punctuation, labels, levels, stages, kinds. */
function ascii(s: string): void {
  reserve(s.length);
  for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
}

function digits(n: number): void {
  if (n < 10) {
    buf[at++] = 48 + n;
    return;
  }
  let div = 10;
  while (div * 10 <= n) div *= 10;
  for (; div >= 1; div /= 10) {
    const d = Math.floor(n / div);
    buf[at++] = 48 + d;
    n -= d * div;
  }
}

/**
 * A number as JSON.stringify writes it. Scores and risks are rounded to 6 places, weights to 4, offsets
 * are whole: when `x` is the double nearest a decimal of at most 6 places (k / 1e6 === x) and below 1e9,
 * that decimal is its shortest round-trip form, which is what JavaScript prints, so its digits are
 * written from k (String of a fraction is the costliest part of JSON.stringify here). Anything else
 * goes through String; NaN and infinities are null, as in JSON.
 */
function num(x: number): void {
  reserve(32);
  const k = Math.round(x * 1e6);
  if (k / 1e6 !== x || !(k <= 1e15 && k >= -1e15)) {
    ascii(Number.isFinite(x) ? String(x) : 'null');
    return;
  }
  let a = k;
  if (a < 0) {
    buf[at++] = 0x2d; // -0 is k === 0 here, which JSON writes as 0
    a = -a;
  }
  const whole = Math.floor(a / 1e6);
  let frac = a - whole * 1e6;
  digits(whole);
  if (frac === 0) return;
  buf[at++] = 0x2e;
  for (let div = 100000; frac !== 0; div /= 10) {
    const d = Math.floor(frac / div);
    buf[at++] = 48 + d;
    frac -= d * div;
  }
}

/**
 * A string as JSON.stringify writes it, encoded: one pass that writes UTF-8, and for a string with a
 * character JSON escapes (a quote, a backslash, a control character) or a lone surrogate, the bytes of
 * JSON.stringify's own string instead. U+2028 and U+2029 are not escaped by JSON.stringify, so not here.
 */
function str(s: string): void {
  const n = s.length;
  reserve(3 * n + 2);
  const start = at;
  buf[at++] = 0x22;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x5c) return escaped(s, start);
      buf[at++] = c;
    } else if (c < 0x800) {
      buf[at++] = 0xc0 | (c >> 6);
      buf[at++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      buf[at++] = 0xe0 | (c >> 12);
      buf[at++] = 0x80 | ((c >> 6) & 0x3f);
      buf[at++] = 0x80 | (c & 0x3f);
    } else {
      const d = c <= 0xdbff && i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (d < 0xdc00 || d > 0xdfff) return escaped(s, start); // lone surrogate: JSON writes \udxxx
      const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      buf[at++] = 0xf0 | (cp >> 18);
      buf[at++] = 0x80 | ((cp >> 12) & 0x3f);
      buf[at++] = 0x80 | ((cp >> 6) & 0x3f);
      buf[at++] = 0x80 | (cp & 0x3f);
      i++;
    }
  }
  buf[at++] = 0x22;
}

/** The slow path: what was written of `s` from `start` is replaced by JSON.stringify's string, encoded. */
function escaped(s: string, start: number): void {
  at = start;
  const json = JSON.stringify(s);
  reserve(3 * json.length);
  at += utf8.encodeInto(json, buf.subarray(at)).written;
}

/** Any JSON value, the rare way: JSON.stringify, encoded. */
function value(v: unknown): void {
  const json = JSON.stringify(v);
  reserve(3 * json.length);
  at += utf8.encodeInto(json, buf.subarray(at)).written;
}

// The model object is the same in every result of a scorer (scorer.ts): its bytes are made once.
let lastModel: ScoreResult['model'] | undefined;
let modelBytes = new Uint8Array(0);

function model(m: ScoreResult['model']): void {
  if (m !== lastModel) {
    modelBytes = utf8.encode(`,"model":${JSON.stringify(m)}`);
    lastModel = m;
  }
  reserve(modelBytes.length);
  buf.set(modelBytes, at);
  at += modelBytes.length;
}

function evidence(list: ScoreResult['evidence']): void {
  ascii(',"evidence":[');
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    ascii(i === 0 ? '{"text":' : ',{"text":');
    str(e.text);
    ascii(',"weight":');
    num(e.weight);
    if (e.candidate !== undefined) {
      ascii(',"candidate":');
      str(e.candidate);
    }
    if (e.written !== undefined) {
      ascii(',"written":[');
      for (let j = 0; j < e.written.length; j++) {
        const w = e.written[j];
        ascii(j === 0 ? '{"text":' : ',{"text":');
        str(w.text);
        ascii(',"start":');
        num(w.start);
        ascii(',"end":');
        num(w.end);
        ascii('}');
      }
      ascii(']');
    }
    ascii('}');
  }
  ascii(']');
}

function mentions(list: ScoreResult['mentions']): void {
  ascii(',"mentions":[');
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    ascii(i === 0 ? '{"kind":"' : ',{"kind":"');
    ascii(m.kind);
    ascii('","text":');
    str(m.text);
    if (m.candidate !== undefined) {
      ascii(',"candidate":');
      str(m.candidate);
    }
    ascii('}');
  }
  ascii(']');
}

/** Appends `JSON.stringify(r)` (then `after`, ASCII: a newline for JSONL) to `to` as UTF-8. */
export function appendResultJson(to: Utf8Builder, r: ResultWithWarnings, after = ''): void {
  out = to;
  at = to.length;
  buf = to.room(512);
  if (r.id === undefined) ascii('{"label":"');
  else {
    ascii('{"id":');
    str(r.id);
    ascii(',"label":"');
  }
  ascii(r.label);
  ascii('","risk":');
  num(r.risk);
  ascii(',"level":"');
  ascii(r.level);
  ascii('","scores":{"ajakan":');
  num(r.scores.ajakan);
  ascii(',"dukungan":');
  num(r.scores.dukungan);
  ascii(',"serangan":');
  num(r.scores.serangan);
  ascii(',"netral":');
  num(r.scores.netral);
  ascii('}');
  evidence(r.evidence);
  mentions(r.mentions);
  if (r.stage !== undefined) {
    ascii(',"stage":"');
    ascii(r.stage);
    ascii('"');
  }
  if (r.election !== undefined) {
    ascii(',"election":');
    str(r.election);
  }
  model(r.model);
  if (r.part !== undefined) {
    ascii(',"part":{"start":');
    num(r.part.start);
    ascii(',"end":');
    num(r.part.end);
    ascii('}');
  }
  if (r.warnings !== undefined) {
    ascii(',"warnings":');
    value(r.warnings);
  }
  ascii('}');
  ascii(after);
  to.wrote(at);
}
