// `netra normalize`: show what the text stage and mention detection make of a post (debugging aid).
import type { Command } from '../command.js';
import { parseFlags, UsageError } from '../command.js';
import { normalize } from '../../text/normalize.js';
import { MentionIndex } from '../../elections/mentions.js';
import { loadElectionDir, resolveElection } from '../../elections/load.js';

export const normalizeCommand: Command = {
  name: 'normalize',
  summary: 'show normalized tokens and election mentions for a text',
  usage: 'usage: netra normalize [--election FILE|ID] TEXT…\n  prints normalized text, tokens, typed tokens and mentions as JSON',
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { election: { type: 'string' } }, true);
    if (positionals.length === 0) throw new UsageError('give the text to normalize');
    const index = new MentionIndex(values.election ? [resolveElection(values.election)] : loadElectionDir());
    const n = normalize(positionals.join(' '));
    const m = index.detect(n);
    console.log(JSON.stringify({ text: n.text, tokens: n.tokens, typed: m.tokens, mentions: m.mentions, election: m.election }, null, 2));
    return 0;
  },
};
