// Where a JSON body stops being JSON, for the invalid-json problem's detail. V8 puts the position in
// most JSON.parse messages, but not all ("Unexpected token 'x', "x" is not valid JSON", "Unexpected end
// of JSON input"), and the messages quote the input, so only the number is taken from them; when it is
// missing the offset is found by scanning the text. Runs only after JSON.parse failed.

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;
const DIGIT = /[0-9]/;

/** Offset just past the string literal opening at `i`, or the offset of the fault as a negative - 1. */
function scanString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '"') return j + 1;
    if (c < ' ') return -j - 1;
    if (c !== '\\') continue;
    const e = text[j + 1];
    if (e === 'u') {
      for (let k = j + 2; k < j + 6; k++) if (!HEX.test(text[k] ?? '')) return -k - 1;
      j += 5;
    } else if (e !== undefined && ESCAPES.has(e)) j++;
    else return -(j + 1) - 1;
  }
  return -text.length - 1;
}

/** Offset just past the digits starting at `i` (at least one required), or the fault as a negative - 1. */
function scanDigits(text: string, i: number): number {
  let j = i;
  while (j < text.length && DIGIT.test(text[j])) j++;
  return j > i ? j : -j - 1;
}

/** Offset just past the number starting at `i`, or the fault as a negative - 1. */
function scanNumber(text: string, i: number): number {
  let j = text[i] === '-' ? i + 1 : i;
  j = text[j] === '0' ? j + 1 : scanDigits(text, j);
  if (j < 0) return j;
  if (text[j] === '.') j = scanDigits(text, j + 1);
  if (j < 0) return j;
  if (text[j] === 'e' || text[j] === 'E') j = scanDigits(text, text[j + 1] === '+' || text[j + 1] === '-' ? j + 2 : j + 1);
  return j;
}

/** Offset just past the literal (true, false, null) starting at `i`, or the fault as a negative - 1. */
function scanLiteral(text: string, i: number): number {
  const word = text[i] === 't' ? 'true' : text[i] === 'f' ? 'false' : 'null';
  for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return -(i + k) - 1;
  return i + word.length;
}

/** Offset just past the scalar or string starting at `i`, or the fault as a negative - 1. */
function scanScalar(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  if (c === '-' || (c !== undefined && DIGIT.test(c))) return scanNumber(text, i);
  if (c === 't' || c === 'f' || c === 'n') return scanLiteral(text, i);
  return -i - 1;
}

/**
 * Offset (UTF-16 units, from 0) of the first character where `text` is not JSON; `text.length` when it
 * ends too early; undefined when it is valid JSON. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const open: string[] = []; // '{' or '[' for each enclosing container
  let i = 0;
  let expect: 'value' | 'key' | 'after' = 'value';
  const skip = (): void => {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
  };
  for (;;) {
    skip();
    if (expect === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        open.push(c);
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          open.pop();
          i++;
          expect = 'after';
        } else expect = c === '{' ? 'key' : 'value';
        continue;
      }
      const end = scanScalar(text, i);
      if (end < 0) return -end - 1;
      i = end;
      expect = 'after';
    } else if (expect === 'key') {
      if (text[i] !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      skip();
      if (text[i] !== ':') return i;
      i++;
      expect = 'value';
    } else {
      const top = open[open.length - 1];
      if (top === undefined) return i < text.length ? i : undefined;
      if (text[i] === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if (text[i] === (top === '{' ? '}' : ']')) {
        open.pop();
        i++;
      } else return i;
    }
  }
}

/**
 * Where JSON.parse failed on `text`, without quoting it: `(error at position N)`, `(unexpected end of
 * input at position N)`, or '' when no position is found. Also for the batch CLI's JSONL lines.
 */
export function jsonErrorWhere(text: string, err?: unknown): string {
  // Anchored at the end: the snippet V8 quotes from the input could itself contain "position 9".
  const fromMessage = /at position (\d+)(?: \(line \d+ column \d+\))?$/.exec((err as Error)?.message ?? '')?.[1];
  const position = fromMessage !== undefined ? Number(fromMessage) : jsonErrorOffset(text);
  if (position === undefined) return '';
  if (position >= text.length) return `(unexpected end of input at position ${position})`;
  return `(error at position ${position})`;
}

/** The invalid-json detail: the error position, never a quote of the body. */
export function jsonErrorDetail(text: string, err?: unknown): string {
  const where = jsonErrorWhere(text, err);
  return where ? `body is not valid JSON ${where}` : 'body is not valid JSON';
}
