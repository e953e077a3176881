// `netra explain`: score one text with the shipped model and print the full result (the main job on a
// single post; batch scoring of feeds is `netra score`).
import type { Command } from '../command.js';
import { parseFlags, textArgument, usage, UsageError } from '../command.js';
import { createScorer } from '../../pipeline/create.js';
import { parsePostedAt } from '../../batch/posted-at.js';
import { isElectionFile } from '../../elections/load.js';
import { electionConfigsFlag, electionFlag, electionRef, unknownElectionId } from '../election-flag.js';
import { modelFlag } from '../model-flag.js';
import { postedAtZoneFlag, POSTED_AT_ZONE_HELP } from '../posted-at-zone-flag.js';
import { postedAtOrderFlag, POSTED_AT_ORDER_HELP } from '../posted-at-order-flag.js';
import { codePointLength, isBlankText } from '../../pipeline/limits.js';
import { maxTextLengthFromEnv } from '../../batch/record.js';
import { changedResourcesWarning } from '../../text/resources.js';
import { futurePostedAtWarning, type ScoreWarning } from '../../service/future-posted-at.js';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'score one text and show label, risk, level, evidence and mentions',
  usage: [
    'usage: netra explain [--model DIR|VERSION] [--election FILE|ID] [--posted-at TIME [--posted-at-zone ZONE] [--posted-at-order ORDER]] TEXT…|-',
    '  - reads the text from stdin (UTF-8, or UTF-16 after its byte order mark), alone: no other words beside it',
    '  prints the same JSON object as POST /v1/score?written=true: each evidence phrase with the words the',
    '  text writes for it ("written": text, start, end in UTF-16 code units of the text as given: text.slice(start, end);',
    '  from stdin, less the one line end that closes it)',
    '  --model DIR|VERSION: model to use (default models/default.json, or NETRA_MODEL; a file like it names a version)',
    '  --election FILE|ID: the election the post is read against (a .json config or a shipped id), as the API\'s election; with --posted-at it also gives the stage',
    '  --posted-at takes a date-time with its zone (2024-01-10T09:30:00+07:00), a date, or epoch seconds (10 digits) / milliseconds (13),',
    '    in any form `score --posted-at-field` reads (10/01/2024 09.30 WIB, 10-Jan-2024 9:30 AM +07:00);',
    '    without --election it picks the race a post naming several is about (the earliest still open that day)',
    `  --posted-at-zone ZONE: ${POSTED_AT_ZONE_HELP}`,
    `  --posted-at-order ORDER: ${POSTED_AT_ORDER_HELP}`,
  ].join('\n'),
  async run(argv) {
    const flags = { model: { type: 'string' }, election: { type: 'string' }, 'posted-at': { type: 'string' }, 'posted-at-zone': { type: 'string' }, 'posted-at-order': { type: 'string' } } as const;
    const { values, positionals } = parseFlags(argv, flags, true);
    const electionsDir = electionConfigsFlag().dir; // the shipped configs or ELECTIONS_DIR, all loading, before reading stdin
    // Not trimmed: evidence offsets index the text as given, as the service's do (text.slice(start, end)).
    const text = await textArgument(positionals, { command: 'explain', verb: 'score', isBlank: isBlankText });
    checkLength(text);
    const zone = postedAtZoneFlag(values['posted-at-zone'], { name: '--posted-at', given: values['posted-at'] !== undefined });
    const order = postedAtOrderFlag(values['posted-at-order'], { name: '--posted-at', given: values['posted-at'] !== undefined });
    let postedAt: string | undefined;
    if (values['posted-at'] !== undefined) {
      const read = parsePostedAt(values['posted-at'], zone, order);
      if ('error' in read) throw new UsageError(`--posted-at ${read.error}: ${values['posted-at']}`);
      postedAt = read.iso;
    }
    let election = electionRef(values.election);
    let scorer = await createScorer({ model: modelFlag(values.model), electionsDir });
    const drift = changedResourcesWarning(scorer.model.metadata);
    if (drift) process.stderr.write(`netra explain: warning: ${drift}\n`);
    if (election !== undefined && isElectionFile(election)) {
      // A config file joins the shipped ones (replacing one with the same id), as with `score --election FILE`.
      const config = electionFlag(election);
      scorer = scorer.withElection(config);
      election = config.id;
    }
    if (election !== undefined && !scorer.hasElection(election)) throw unknownElectionId(election, scorer.elections);
    // As in the service, the stage needs a named election: one inferred from mentions could be wrong.
    // The date still picks the race, as in the service and `score` (docs/elections.md).
    if (postedAt !== undefined && election === undefined) {
      process.stderr.write('netra explain: note: --posted-at gives a stage (and may raise the level) only with --election; without it, the date only picks the race among those the post names\n');
    }
    // One post: finding the written words costs nothing here (the API and `score` ask for it).
    const result: ReturnType<typeof scorer.score> & { warnings?: ScoreWarning[] } = scorer.score({ text, election, postedAt }, { written: true });
    // A posting time in the future is a placeholder or a typo: the service's answer warns of it (last), and so does this one.
    const future = futurePostedAtWarning(postedAt, Date.now(), 'postedAt');
    if (future) {
      result.warnings = [future];
      process.stderr.write(`netra explain: warning: --posted-at ${values['posted-at']} is later than now: no post is made in the future (a placeholder, a typo in the year, a wrong zone?); scored with that time, so its stage may be wrong\n`);
    }
    console.log(JSON.stringify(result, null, 2));
    return 0;
  },
};

/** The service and `netra score` refuse a text over NETRA_MAX_TEXT_LENGTH code points: so does explain. */
function checkLength(text: string): void {
  const limit = usage(maxTextLengthFromEnv);
  const length = codePointLength(text);
  if (length > limit) throw new UsageError(`the text is ${length} characters long, over the limit of ${limit} (code points; NETRA_MAX_TEXT_LENGTH sets it, as for the service and score)`);
}
