// `netra elections`: list the shipped election configs, or validate one or more files against the contract.
import type { Command } from '../command.js';
import { parseFlags, UsageError } from '../command.js';
import { electionsDir, loadElectionDir, loadElectionFile } from '../../elections/load.js';

export const electionsCommand: Command = {
  name: 'elections',
  summary: 'list election configs, or validate config files (--check FILE…)',
  usage: [
    'usage: netra elections [--dir DIR] [--check FILE …]',
    '  --dir DIR     directory of election configs (default data/elections, or ELECTIONS_DIR)',
    '  --check       validate the given JSON files against the election config contract',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { dir: { type: 'string' }, check: { type: 'boolean' } }, true);
    if (values.check) {
      if (positionals.length === 0) throw new UsageError('--check needs at least one file');
      let bad = 0;
      for (const file of positionals) {
        try {
          const cfg = loadElectionFile(file);
          console.log(`ok   ${file}: ${cfg.id} (${cfg.candidates.length} candidates)`);
        } catch (err) {
          bad++;
          console.log(`FAIL ${(err as Error).message}`);
        }
      }
      return bad === 0 ? 0 : 1;
    }
    const configs = loadElectionDir(values.dir ?? electionsDir());
    for (const c of configs) {
      console.log(`${c.id}\t${c.name ?? ''}\t${c.candidates.map((k) => `${k.number}: ${k.names.join(' – ')}`).join(' | ')}`);
    }
    return 0;
  },
};
