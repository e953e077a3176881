// Loading election configs: the shipped ones in data/elections, a directory (ELECTIONS_DIR), or one file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../text/resources.js';
import { directoryProblem } from '../util/directory.js';
import { shellWord } from '../util/shell-word.js';
import { parseElectionConfig, ElectionConfigError, type ElectionConfig } from './schema.js';

export const SHIPPED_ELECTIONS_DIR = path.join(DATA_DIR, 'elections');

/** The configured directory of election configs: ELECTIONS_DIR when set and not empty, else the shipped one. */
export function electionsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ELECTIONS_DIR || SHIPPED_ELECTIONS_DIR;
}

/** Whether `--election REF` names a file rather than an id. */
export function isElectionFile(ref: string): boolean {
  return ref.endsWith('.json') || ref.includes('/') || ref.includes(path.sep);
}

/** Why a config file could not be read, in words (the code stays for what has none). */
function readProblem(code: string | undefined): string {
  if (code === 'ENOENT') return 'no such file (ENOENT)';
  if (code === 'EISDIR') return 'it is a directory (EISDIR): give the config files in it, e.g. DIR/*.json';
  if (code === 'EACCES') return 'permission denied (EACCES)';
  return code ?? 'unknown error';
}

export function loadElectionFile(file: string): ElectionConfig {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ElectionConfigError(file, [`cannot read file: ${readProblem((err as NodeJS.ErrnoException).code)}`]);
  }
  return parseElectionText(raw, file);
}

/**
 * A config from its JSON text (a file's, or stdin's); `source` names it in errors, `input` says what
 * it is in them ("the file", "stdin").
 */
export function parseElectionText(raw: string, source: string, input = 'the file'): ElectionConfig {
  const text = raw.replace(/^\uFEFF/, ''); // editors on Windows save JSON with a BOM
  // JSON.parse says "Unexpected end of JSON input" here, which reads as a config cut short.
  if (text.trim() === '') throw new ElectionConfigError(source, [`${input} is empty${text === '' ? '' : ' (only whitespace)'}: there is no JSON config to read`]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ElectionConfigError(source, [`not valid JSON: ${jsonErrorText(text, (err as Error).message, input)}`]);
  }
  return parseElectionConfig(json, source);
}

/** Whether JSON.parse's complaint about `text` is only that it ends too soon (a valid start). */
function endsTooSoon(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (err) {
    const message = (err as Error).message;
    const at = /at position (\d+)/.exec(message);
    return message.includes('end of JSON input') || (at !== null && Number(at[1]) >= text.trimEnd().length);
  }
}

/**
 * JSON.parse's reason with where it happened, as line, column and the words around it: Node quotes a
 * snippet cut at a fixed width, often mid-word ('..."dates": [ }'), and positions as offsets.
 */
function jsonErrorText(raw: string, message: string, input: string): string {
  const reason = message.replace(/, (\.\.\.)?".*$/s, '').replace(/ in JSON at position \d+.*$/s, '');
  // the shortest prefix that is already wrong ends at the offending character
  let lo = 0;
  let hi = raw.length;
  if (endsTooSoon(raw)) return `${reason}: ${input} ends before the JSON does`;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endsTooSoon(raw.slice(0, mid + 1))) lo = mid + 1;
    else hi = mid;
  }
  const before = raw.slice(0, lo).split('\n');
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  const text = raw.split('\n')[line - 1];
  // the words around it, cut at spaces, not mid-word
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, column - 30)));
  const to = text.indexOf(' ', column + 20);
  const near = `${from > 0 ? '…' : ''}${text.slice(from, to < 0 ? undefined : to).trim()}${to < 0 ? '' : '…'}`;
  return `${reason} at line ${line}, column ${column}: ${near}`;
}

/** The config files of a directory (every `*.json`), in the order they load. */
function electionFiles(dir: string): string[] {
  const problem = directoryProblem(dir);
  if (problem) throw new Error(`election configs: ${dir} ${problem} (ELECTIONS_DIR or --dir must name a directory)`);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
}

const DUPLICATE_ID = 'duplicate election id';

/** Each config of a directory with its file's name, in file order; an id in two files is an error naming both. */
export function loadElectionDirFiles(dir: string = SHIPPED_ELECTIONS_DIR): { file: string; config: ElectionConfig }[] {
  const files = electionFiles(dir);
  const loaded = files.map((f) => ({ file: path.basename(f), config: loadElectionFile(f) }));
  const ids = new Map<string, string>();
  loaded.forEach(({ config }, i) => {
    // named by the later file, as the one to rename or remove, and the earlier one
    if (ids.has(config.id)) throw new ElectionConfigError(files[i], [`${DUPLICATE_ID} ${config.id} (also ${ids.get(config.id)})`]);
    ids.set(config.id, files[i]);
  });
  return loaded;
}

export function loadElectionDir(dir: string = SHIPPED_ELECTIONS_DIR): ElectionConfig[] {
  return loadElectionDirFiles(dir).map((l) => l.config);
}

/**
 * The configs of `dir` that load, each id once (its first file's): a broken one is skipped. For what
 * reads the directory while one of its configs is being fixed (`elections --check`, and the words it
 * splits hashtags at); the commands that score refuse such a directory first (readElectionDir).
 */
export function loadableElectionDir(dir: string): ElectionConfig[] {
  const configs = new Map<string, ElectionConfig>();
  for (const file of electionFiles(dir)) {
    try {
      const c = loadElectionFile(file);
      if (!configs.has(c.id)) configs.set(c.id, c);
    } catch (err) {
      if (!(err instanceof ElectionConfigError)) throw err;
    }
  }
  return [...configs.values()];
}

/**
 * The configs of a directory that exists, or why they do not load in one line, for a message naming its
 * flag or variable: the loader's (the file and its first problems) and where to see every problem.
 */
export function readElectionDir(dir: string): { configs: ElectionConfig[] } | { problem: string } {
  try {
    return { configs: loadElectionDir(dir) };
  } catch (err) {
    if (!(err instanceof ElectionConfigError)) throw err;
    const first = err.message.split('\n')[0];
    // --check of one file cannot see a duplicate id: the hint is for a file's own problems
    if (err.problems[0]?.startsWith(DUPLICATE_ID)) return { problem: first };
    return { problem: `${first}; netra elections --check ${shellWord(err.source)} lists every problem` };
  }
}

/** `--election FILE|ID`: a path to a JSON file, or the id of a config in `dir`. */
export function resolveElection(ref: string, dir: string = electionsDir()): ElectionConfig {
  if (isElectionFile(ref)) {
    if (!statSync(ref, { throwIfNoEntry: false })) throw new ElectionConfigError(ref, ['file not found']);
    return loadElectionFile(ref);
  }
  return electionById(ref, loadElectionDir(dir));
}

/** The config with id `ref` among `configs`; an unknown id is an error naming the known ones. */
export function electionById(ref: string, configs: readonly ElectionConfig[]): ElectionConfig {
  const found = configs.find((c) => c.id === ref);
  if (!found) throw new ElectionConfigError(ref, [`unknown election id (known: ${configs.map((c) => c.id).join(', ')})`]);
  return found;
}
