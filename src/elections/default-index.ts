// Mention indexes of ELECTIONS_DIR's configs (or the shipped ones), for reading a post outside a
// scorer: the review page asks which of a word's places are a mention (src/explain/mention-places.ts).
// Read as a scorer reads a post of that election: with the names of all the configs, the mentions of
// the post's own election; of all of them for a post of none or of an election the directory lacks.
import { MentionIndex } from './mentions.js';
import { electionsDir, loadableElectionDir } from './load.js';
import { defaultElectionNames } from '../text/election-names.js';
import type { ElectionConfig } from './schema.js';

let configs: ElectionConfig[] | undefined;
let all: MentionIndex | undefined;
const byElection = new Map<string, MentionIndex>();

export function defaultMentionIndex(election?: string): MentionIndex {
  configs ??= loadableElectionDir(electionsDir());
  const config = election === undefined ? undefined : configs.find((c) => c.id === election);
  if (config === undefined) return (all ??= new MentionIndex(configs, defaultElectionNames()));
  let index = byElection.get(config.id);
  if (index === undefined) {
    index = new MentionIndex([config], defaultElectionNames());
    byElection.set(config.id, index);
  }
  return index;
}
