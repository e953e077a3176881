// `netra explain`: score one text with the shipped model and print the full result (the main job on a
// single post; batch scoring of feeds is `netra score`).
import type { Command } from '../command.js';
import { parseFlags, UsageError } from '../command.js';
import { createScorer } from '../../pipeline/create.js';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'score one text and show label, risk, level, evidence and mentions',
  usage: [
    'usage: netra explain [--model DIR|VERSION] [--election ID] [--posted-at ISO] TEXT…',
    '  prints the same JSON object as POST /v1/score',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { model: { type: 'string' }, election: { type: 'string' }, 'posted-at': { type: 'string' } }, true);
    const text = positionals.join(' ').trim();
    if (!text) throw new UsageError('give the text to score');
    const postedAt = values['posted-at'];
    if (postedAt !== undefined && Number.isNaN(Date.parse(postedAt))) throw new UsageError(`--posted-at is not a date: ${postedAt}`);
    const scorer = await createScorer({ model: values.model });
    if (values.election && !scorer.hasElection(values.election)) throw new UsageError(`unknown election ${values.election}`);
    console.log(JSON.stringify(scorer.score({ text, election: values.election, postedAt }), null, 2));
    return 0;
  },
};
