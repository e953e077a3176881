// `netra explain`: score one text with the shipped model and print the full result (the main job on a
// single post; batch scoring of feeds is `netra score`).
import type { Command } from '../command.js';
import { parseFlags, UsageError } from '../command.js';
import { createScorer } from '../../pipeline/create.js';
import { parsePostedAt } from '../../batch/posted-at.js';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'score one text and show label, risk, level, evidence and mentions',
  usage: [
    'usage: netra explain [--model DIR|VERSION] [--election ID] [--posted-at ISO] TEXT…',
    '  prints the same JSON object as POST /v1/score',
    '  --posted-at takes a date-time with its zone (2024-01-10T09:30:00+07:00), a date, or epoch seconds/ms',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { model: { type: 'string' }, election: { type: 'string' }, 'posted-at': { type: 'string' } }, true);
    const text = positionals.join(' ').trim();
    if (!text) throw new UsageError('give the text to score');
    let postedAt: string | undefined;
    if (values['posted-at'] !== undefined) {
      const read = parsePostedAt(values['posted-at']);
      if ('error' in read) throw new UsageError(`--posted-at ${read.error.replace(' or pass --posted-at-zone', '')}: ${values['posted-at']}`);
      postedAt = read.iso;
    }
    const scorer = await createScorer({ model: values.model });
    if (values.election && !scorer.hasElection(values.election)) throw new UsageError(`unknown election ${values.election}`);
    console.log(JSON.stringify(scorer.score({ text, election: values.election, postedAt }), null, 2));
    return 0;
  },
};
