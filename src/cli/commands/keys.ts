// `netra keys`: manage review API keys. The key is printed once, on creation; only its scrypt hash is stored.
import type { Command } from '../command.js';
import { parseFlags, UsageError } from '../command.js';
import { ReviewStore } from '../../review/store/index.js';
import { logToStderr } from '../../review/db/open.js';
import { storeSettingProblems } from '../../review/config.js';
import { createKey, keyNameProblem, listKeys, revokeKey } from '../../review/keys.js';
import { cliActor } from '../../review/names.js';
import { isRole, ROLES } from '../../review/roles.js';
import { lifetimeProblem } from '../../review/key-expiry.js';
import { printKey } from '../key-output.js';

/** `keys list`'s columns. last_used is to the minute: a key's use is written at most once a minute. */
const KEY_LIST_HEADER = ['id', 'role', 'name', 'created', 'expires', 'last_used', 'revoked'].join('\t');

/** A key is `nrk_<id>_<secret>` (src/review/keys.ts); an id is the 16 hex digits between. */
const KEY_ID = /^nrk_([0-9a-f]{16})_/;

/**
 * `revoke --id` given the key itself: said so, naming its id, and the key not written back (it was, in
 * "no active key nrk_…", onto a terminal, a cron mail or a CI log). Undefined for anything else.
 */
function wholeKeyProblem(id: string): string | undefined {
  if (!id.trim().startsWith('nrk_')) return undefined;
  const keyId = KEY_ID.exec(id.trim())?.[1];
  return keyId
    ? `--id takes the key's id, not the key itself: this key's id is ${keyId} (netra keys revoke --id ${keyId}); the key was not revoked`
    : "--id takes the key's id (keys list shows it), not the key itself (nrk_…); the key was not revoked";
}

export const keysCommand: Command = {
  name: 'keys',
  summary: 'manage review API keys (create --role R --name N | list | revoke --id ID)',
  usage: [
    'usage: netra keys create --role analyst|supervisor|admin --name NAME [--expires-in 90d|12h]',
    '       netra keys list',
    '       netra keys revoke --id KEY_ID',
    '  --role R   what the key may do: analyst (submit, list, view, notes, label suggestions, stats),',
    '             supervisor (+ assign, decide, export), admin (+ manage keys, delete an item, read the audit log)',
    '  --name N   who holds the key: written with every decision and audit entry it makes',
    '  --expires-in D  how long the key works, in whole days or hours (90d, 12h; at most 3650d);',
    '             left out, it never expires. An expired key is refused everywhere, as "expired"',
    '  --id ID    the key\'s id, as keys list shows it (never the key itself)',
    '  keys list prints a header line, then one key per tab-separated line: id, role, name, created,',
    '             expires, last_used (when the key was last accepted or used in a web session, to the minute), revoked',
    '  The key is shown once, on stdout; store it safely (redirected into a new or empty file, that file is',
    '             made 0600 first). Uses DATABASE_URL or NETRA_DATA_DIR like the service.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { role: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' }, 'expires-in': { type: 'string' } }, true);
    const [action, ...extra] = positionals;
    if (extra.length) throw new UsageError(`unexpected argument: ${extra[0]}`);
    // A flag another action takes would be ignored: `list --role admin` would list every key, not filter.
    const takes: Record<string, string[]> = { create: ['role', 'name', 'expires-in'], list: [], revoke: ['id'] };
    const stray = action in takes ? Object.keys(values).find((f) => !takes[action].includes(f)) : undefined;
    if (stray) throw new UsageError(`${action} takes no --${stray}${takes[action].length ? ` (only ${takes[action].map((f) => `--${f}`).join(', ')})` : ''}; see netra keys --help`);
    if (action === 'create') {
      if (!values.role || !isRole(values.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
      if (values.name === undefined) throw new UsageError('--name is required');
      const problem = keyNameProblem(values.name);
      if (problem) throw new UsageError(`--name ${problem}`);
      const lifetime = values['expires-in'];
      if (lifetime !== undefined && lifetimeProblem(lifetime)) throw new UsageError(`--expires-in ${lifetimeProblem(lifetime)}`);
    } else if (action === 'revoke') {
      if (!values.id) throw new UsageError('--id is required');
      const keyGiven = wholeKeyProblem(values.id);
      if (keyGiven) throw new UsageError(keyGiven);
    } else if (action !== 'list') {
      throw new UsageError('expected create, list or revoke');
    }
    // As the service refuses them: exit 2 naming the variable (opening the store failed with exit 1, a raw ENOTDIR).
    const storeProblems = storeSettingProblems();
    if (storeProblems.length) throw new UsageError(`invalid configuration: ${storeProblems.join('; ')}`);
    // Only `create` may start a new store: for list and revoke a missing one is a mistyped NETRA_DATA_DIR.
    const store = await ReviewStore.open({ mustExist: action !== 'create', log: logToStderr });
    try {
      const actor = cliActor();
      if (action === 'create') {
        // Where the key went, as the service's start log says it: a store started by mistake (another directory) shows at once.
        process.stderr.write(`netra keys: review store: ${store.rdb.dialect} at ${store.rdb.where}${store.rdb.created ? ' (new: created now)' : ''}\n`);
        const { key, info } = await createKey(store.rdb, { name: values.name as string, role: values.role as (typeof ROLES)[number], expiresIn: values['expires-in'] }, actor);
        process.stderr.write(`created key ${info.id} (${info.role}, ${info.name}, ${info.expiresAt ? `expires ${info.expiresAt}` : 'never expires'}); it is shown only now:\n`);
        printKey(key, (line) => process.stderr.write(`netra keys: ${line}\n`));
      } else if (action === 'list') {
        // A header, then one key per TSV line, every column on every line (a script can cut by position).
        console.log(KEY_LIST_HEADER);
        for (const k of await listKeys(store.rdb)) {
          const expiry = k.expiresAt ? `${k.expired ? 'EXPIRED' : 'expires'} ${k.expiresAt}` : 'expires never';
          const lastUse = k.lastUsedAt ? `used ${k.lastUsedAt}` : 'never used';
          console.log([k.id, k.role, k.name, k.createdAt, expiry, lastUse, k.revokedAt ? `revoked ${k.revokedAt}` : 'not revoked'].join('\t'));
        }
      } else {
        const ok = await revokeKey(store.rdb, values.id as string, actor);
        if (!ok) {
          console.error(`netra keys: no active key ${values.id} (unknown, or revoked already); netra keys list shows the keys`);
          return 1;
        }
        console.log(`revoked ${values.id}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
