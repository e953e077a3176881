// `netra elections`: list the shipped election configs, or validate one or more files against the contract.
import path from 'node:path';
import type { Command } from '../command.js';
import { parseFlags, readStdin, UsageError } from '../command.js';
import { loadableElectionDir, loadElectionFile, parseElectionText } from '../../elections/load.js';
import { ElectionConfigError } from '../../elections/schema.js';
import { electionConfigsFlag, electionsDirFlag } from '../election-flag.js';
import { configNotes, configWarnings } from '../../elections/warnings.js';

export const electionsCommand: Command = {
  name: 'elections',
  summary: 'list election configs, or validate config files (--check FILE…)',
  usage: [
    'usage: netra elections [--dir DIR] [--check FILE|- …]',
    '  --dir DIR     directory of election configs (default data/elections, or ELECTIONS_DIR)',
    '  --check       validate the given JSON files (- reads one from stdin) against the election config contract, and warn',
    '                about words that will read posts unexpectedly (warnings do not fail the check);',
    '                notes say which words and phrases count alone as a candidate and which need another mention',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { dir: { type: 'string' }, check: { type: 'boolean' } }, true);
    // Without --check, file names would be ignored and the shipped configs listed as if they were checked.
    if (!values.check && positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}; to validate config files, give --check FILE…`);
    // A mistyped directory is bad usage, as a bad ELECTIONS_DIR is for the service.
    const dir = electionsDirFlag(values.dir);
    if (values.check) {
      if (positionals.length === 0) throw new UsageError('--check needs at least one file (or - to read one from stdin)');
      if (positionals.filter((f) => f === '-').length > 1) throw new UsageError('- (stdin) can be checked once; give the other configs as files');
      let bad = 0;
      // the directory's configs that load: a broken one is skipped (it is likely the one being fixed)
      const known = new Set(loadableElectionDir(dir).map((c) => c.id));
      for (const file of positionals) {
        const stdin = file === '-';
        const name = stdin ? 'stdin' : file;
        try {
          const cfg = stdin ? parseElectionText(await readStdin(), name, 'stdin') : loadElectionFile(file);
          const n = cfg.candidates.length;
          console.log(`ok   ${name}: ${cfg.id} (${n} candidate${n === 1 ? '' : 's'})`);
          // a file of the directory itself replaces nothing
          const others = !stdin && path.resolve(file) === path.resolve(dir, `${cfg.id}.json`) ? new Set<string>() : known;
          for (const w of configWarnings(cfg, others)) console.log(`warn ${name}: ${w}`);
          for (const note of configNotes(cfg)) console.log(`note ${name}: ${note}`);
        } catch (err) {
          bad++;
          // Here a config is being fixed: every problem, one a line (a load's message lists the first few).
          if (err instanceof ElectionConfigError && err.problems.length > 1) {
            console.log(`FAIL ${err.source}: invalid election config: ${err.problems.length} problems`);
            for (const p of err.problems) console.log(`  ${p}`);
          } else console.log(`FAIL ${(err as Error).message}`);
        }
      }
      return bad === 0 ? 0 : 1;
    }
    const { configs } = electionConfigsFlag(values.dir);
    // an empty listing would look like a failure to print, or like a list still to come
    if (configs.length === 0) process.stderr.write(`netra elections: no election configs (*.json) in ${dir}\n`);
    for (const c of configs) {
      console.log(`${c.id}\t${c.name ?? ''}\t${c.candidates.map((k) => `${k.number}: ${k.names.join(' – ')}`).join(' | ')}`);
    }
    return 0;
  },
};
