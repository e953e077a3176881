// Why a record could not be scored, as its error says it. An unknown election is a job-level
// mistake more often than a record's (an --election-field id whose config was never added), so its
// reason names the ids the scorer knows and how to add one, as the API's 422 lists them.
import { UnknownElectionError, type Scorer } from '../pipeline/scorer.js';
import { shortMessage } from './errors.js';
import { electionValueShown } from './field-value-shown.js';

export function scoringFailure(err: unknown, scorer: Scorer): string {
  if (!(err instanceof UnknownElectionError)) return `scoring failed: ${shortMessage(err)}`;
  const known = scorer.elections.map((e) => e.id).join(', ');
  return `scoring failed: unknown election${electionValueShown(err.election)} (known: ${known}); add its config with --election FILE, or to ELECTIONS_DIR`;
}
