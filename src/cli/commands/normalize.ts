// `netra normalize`: show what the text stage and mention detection make of a post (debugging aid).
import type { Command } from '../command.js';
import { parseFlags, textArgument } from '../command.js';
import { normalize } from '../../text/normalize.js';
import { MentionIndex } from '../../elections/mentions.js';
import { loadElectionDir } from '../../elections/load.js';
import { electionFlag, electionsDirFlag } from '../election-flag.js';

export const normalizeCommand: Command = {
  name: 'normalize',
  summary: 'show normalized tokens and election mentions for a text',
  usage: [
    'usage: netra normalize [--election FILE|ID] TEXT…|-',
    '  - reads the text from stdin',
    '  prints normalized text, tokens, typed tokens and mentions as JSON',
    '  --election FILE|ID: read mentions of that one election only (a .json config or a shipped id);',
    '    without it, of every config in ELECTIONS_DIR (default data/elections)',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { election: { type: 'string' } }, true);
    const text = await textArgument(positionals, 'normalize', (t) => t.trim() === '');
    const configs = values.election !== undefined ? [electionFlag(values.election)] : loadElectionDir(electionsDirFlag());
    const n = normalize(text);
    const m = new MentionIndex(configs).detect(n);
    console.log(JSON.stringify({ text: n.text, tokens: n.tokens, typed: m.tokens, mentions: m.mentions, election: m.election }, null, 2));
    return 0;
  },
};
