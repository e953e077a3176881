// Names people read on the page and in the audit log: API key names (actors are written
// `<key name>#<key id>`) and assignees. Control characters break `keys list`'s TSV; invisible format
// characters (bidi overrides such as U+202E, zero-width characters) make a name look like another or
// show reversed; '#' in a key name would let "Sari#<someone's key id>" pass for another actor.
import { userInfo } from 'node:os';

const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const CONTROL_PROBLEM = 'must not contain tabs, newlines or other control characters, or invisible format characters (bidi controls, zero-width characters)';

// The refused characters are looked for in the name's NFKC form too, so their compatibility look-alikes
// (fullwidth '＃' U+FF03, small '﹟' U+FE5F, fullwidth 'ｎｏｎｅ') are refused with them.
const nfkc = (name: string): string => name.normalize('NFKC');

/** Why a key name is unusable, or undefined when it is fine; the API schema, createKey and `keys create` share it. */
export function keyNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'must not be empty';
  if (trimmed.length > 100) return 'must be at most 100 characters';
  if (CONTROL_OR_FORMAT.test(name) || CONTROL_OR_FORMAT.test(nfkc(name))) return CONTROL_PROBLEM;
  if (nfkc(name).includes('#')) return "must not contain '#' or a look-alike such as '＃' (actors are written name#key-id)";
  return undefined;
}

/** `?assignee=none` lists unassigned items, so nobody can be called that. */
export const UNASSIGNED_FILTER = 'none';
export const ASSIGNEE_MAX = 200;

/** Why an assignee name is unusable, or undefined; it is stored trimmed. '#' is fine: actors are `name#id`. */
export function assigneeProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'must not be empty';
  if (trimmed.length > ASSIGNEE_MAX) return `must be at most ${ASSIGNEE_MAX} characters`;
  if (CONTROL_OR_FORMAT.test(name) || CONTROL_OR_FORMAT.test(nfkc(name))) return CONTROL_PROBLEM;
  if (nfkc(trimmed).trim().toLowerCase() === UNASSIGNED_FILTER) return `must not be "${UNASSIGNED_FILTER}" (the list filter for unassigned items); use null to unassign`;
  return undefined;
}

/**
 * Who a command run from a shell is in the audit log: `cli:<login name>`, the process's own OS account
 * ($USER is anyone's to set: `USER=sari netra keys revoke …` would have been written as Sari). Only
 * where the account has no name (a uid without a passwd entry) does it fall back to $USER, then `unknown`.
 */
export function cliActor(): string {
  let name: string | undefined;
  try {
    name = userInfo().username || undefined;
  } catch {
    // no passwd entry for the uid (some containers)
  }
  return `cli:${name ?? process.env.USER ?? 'unknown'}`;
}
