// Slang / alay / abbreviation normalization from our own dictionary in data/slang-id.tsv.
// Regional-language words are deliberately absent so that they pass through untouched.
import { readDataLines } from './resources.js';

let dict: Map<string, string[]> | undefined;

export function slangDictionary(): Map<string, string[]> {
  if (dict) return dict;
  const map = new Map<string, string[]>();
  for (const line of readDataLines('slang-id.tsv')) {
    const [slang, standard] = line.split('\t');
    if (!slang || !standard) throw new Error(`data/slang-id.tsv: malformed line: ${line}`);
    map.set(slang, standard.split(' '));
  }
  dict = map;
  return map;
}

/** Standard form(s) of a token, or undefined when the token is not slang. */
export function expandSlang(token: string): string[] | undefined {
  return slangDictionary().get(token);
}
