// `netra normalize`: show what the text stage and mention detection make of a post (debugging aid).
import type { Command } from '../command.js';
import { parseFlags, textArgument } from '../command.js';
import { normalize } from '../../text/normalize.js';
import { MentionIndex } from '../../elections/mentions.js';
import { electionConfigsFlag, electionFlag } from '../election-flag.js';
import { electionNamesOf } from '../../text/election-names.js';

export const normalizeCommand: Command = {
  name: 'normalize',
  summary: 'show normalized tokens and election mentions for a text',
  usage: [
    'usage: netra normalize [--election FILE|ID] TEXT…|-',
    '  - reads the text from stdin (UTF-8, or UTF-16 after its byte order mark), alone: no other words beside it',
    '  prints normalized text, tokens, typed tokens, mentions and the election they are read as about, as JSON',
    '  --election FILE|ID: read mentions of that one election only (a .json config or a shipped id);',
    '    without it, of every config in ELECTIONS_DIR (default data/elections)',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { election: { type: 'string' } }, true);
    // ELECTIONS_DIR is read even with --election FILE (its names split hashtags): checked before stdin, as in explain
    const inDir = electionConfigsFlag().configs;
    const chosen = values.election !== undefined ? electionFlag(values.election, inDir) : undefined;
    // Read with the names a scorer given the same flag has (Scorer.withElection): ELECTIONS_DIR's and the file's.
    const names = electionNamesOf(chosen ? [...inDir.filter((e) => e.id !== chosen.id), chosen] : inDir);
    const text = await textArgument(positionals, { command: 'normalize', verb: 'normalize', isBlank: (t) => t.trim() === '' });
    const n = normalize(text, names);
    const m = new MentionIndex(chosen ? [chosen] : inDir, names).detect(n);
    console.log(JSON.stringify({ text: n.text, tokens: n.tokens, typed: m.tokens, mentions: m.mentions, election: m.election }, null, 2));
    return 0;
  },
};
