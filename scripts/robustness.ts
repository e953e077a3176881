// How stable scores are when the same post arrives in another platform's style (src/eval/perturbations.ts).
// Scores every labeled corpus post outside the fixed test split with the shipped model, then each
// rewrite of it, and reports per rewrite: normalized tokens unchanged, label and level unchanged,
// partisan/netral flips, and how far risk moved. No labels are used and no post text is printed.
// usage: npm run robustness [-- --limit N] [--corpus DIR] [--json FILE]
import { checkedArg, jsonOutArg, scriptArgs, wholeArg } from './lib/args.js';
import { corpusFlag } from '../src/cli/corpus-flag.js';
import { modelFlag } from '../src/cli/model-flag.js';
import { writeFileSync } from 'node:fs';
import { createScorer } from '../src/pipeline/create.js';
import { loadDataset } from '../src/data/dataset.js';
import { readTestSplit } from '../src/data/splits.js';
import { normalize } from '../src/text/normalize.js';
import { PERTURBATIONS, perturb } from '../src/eval/perturbations.js';
import { percentile } from './lib/percentile.js';

const USAGE =
  'usage: npm run robustness [-- --limit N] [--corpus DIR] [--json FILE]\n' +
  '  Score stability under platform-style rewrites, on labeled corpus posts outside the test split,\n' +
  '  with the default model (models/default.json, or NETRA_MODEL). --corpus: default ../shared/corpus.';
const values = scriptArgs('robustness', { limit: { type: 'string' }, corpus: { type: 'string' }, json: { type: 'string' }, help: { type: 'boolean' } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
jsonOutArg('robustness', values.json);
const limit = wholeArg('robustness', values.limit, 'limit', Infinity);
// A missing corpus or a NETRA_MODEL naming no model is bad usage, found before anything loads.
checkedArg('robustness', () => corpusFlag(values.corpus));
checkedArg('robustness', () => modelFlag(undefined));

const scorer = await createScorer();
const test = readTestSplit();
const posts = loadDataset({ examples: false, corpusDir: values.corpus })
  .filter((e) => !test.has(e.id))
  .slice(0, limit);
console.error(`scoring ${posts.length} corpus posts outside the test split, each in ${PERTURBATIONS.length} rewrites, with model ${scorer.model.spec.version} …`);

const base = posts.map((p) => {
  const r = scorer.score({ text: p.text, election: p.election });
  return { tokens: normalize(p.text).tokens.join(' '), label: r.label, level: r.level, risk: r.risk };
});

const rows = PERTURBATIONS.map((pert) => {
  let sameTokens = 0, sameLabel = 0, sameLevel = 0, flips = 0;
  const moved: number[] = [];
  posts.forEach((p, i) => {
    const text = perturb(pert, p.text, i + 1);
    const r = scorer.score({ text, election: p.election });
    const b = base[i];
    if (normalize(text).tokens.join(' ') === b.tokens) sameTokens++;
    if (r.label === b.label) sameLabel++;
    if (r.level === b.level) sameLevel++;
    if ((r.label === 'netral') !== (b.label === 'netral')) flips++;
    moved.push(Math.abs(r.risk - b.risk));
  });
  const pct = (n: number): number => +((100 * n) / posts.length).toFixed(1);
  moved.sort((a, b) => a - b);
  return {
    rewrite: pert.name,
    imitates: pert.imitates,
    'tokens same %': pct(sameTokens),
    'label same %': pct(sameLabel),
    'level same %': pct(sameLevel),
    'partisan↔netral flips %': pct(flips),
    'mean |Δrisk|': +(moved.reduce((a, b) => a + b, 0) / moved.length).toFixed(4),
    'p95 |Δrisk|': +percentile(moved, 95).toFixed(4),
  };
});
console.table(rows.map(({ imitates: _omit, ...r }) => r));
if (values.json) {
  writeFileSync(values.json, JSON.stringify({ model: scorer.model.spec.version, posts: posts.length, rows }, null, 1));
  console.error(`wrote ${values.json}`);
}
