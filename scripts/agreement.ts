// Inter-annotator agreement on the double-labeled subset: Cohen's κ between the first annotator's
// labels (data/labels, with the pre-adjudication label restored for rows in disagreements.csv) and the
// blind second annotator (data/agreement/second-annotator.csv); then the same for a blind sample of
// our written examples (data/agreement/written-second-annotator.csv, against the label in the file).
// usage: tsx scripts/agreement.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../src/text/resources.js';
import { readLabelFile, LABELS_DIR } from '../src/data/label-files.js';
import { LABELS } from '../src/data/labels.js';
import { HELD_BACK_DIR, readExamples } from '../src/data/examples.js';
import { agreementRows } from './lib/agreement-rows.js';
import { scriptArgs } from './lib/args.js';

// It takes no flags but --help: any other is bad usage (exit 2), not ignored.
if (scriptArgs('agreement', { help: { type: 'boolean', short: 'h' } }).help) {
  console.log('usage: tsx scripts/agreement.ts — prints Cohen\'s kappa for the double-labeled subset');
  process.exit(0);
}
const read = (f: string, ...labelColumns: string[]) => agreementRows(readFileSync(path.join(DATA_DIR, 'agreement', f), 'utf8'), f, ...labelColumns);
const second = read('second-annotator.csv');
const disagreements = new Map(read('disagreements.csv', 'first', 'second').map((r) => [`${r.file}:${r.row}`, r.first]));
const finals = new Map<string, string>();
for (const file of new Set(second.map((r) => r.file))) for (const r of readLabelFile(path.join(LABELS_DIR, file))) finals.set(`${file}:${r.row}`, r.label);

export function cohenKappa(a: string[], b: string[], labels: readonly string[]): number {
  const n = a.length;
  const po = a.filter((x, i) => x === b[i]).length / n;
  const pe = labels.reduce((s, l) => s + (a.filter((x) => x === l).length / n) * (b.filter((x) => x === l).length / n), 0);
  return (po - pe) / (1 - pe);
}

const binary = (xs: string[]) => xs.map((x) => (x === 'netral' ? 'netral' : 'partisan'));
function report(what: string, first: string[], secondLabels: string[]): void {
  const agree = first.filter((x, i) => x === secondLabels[i]).length;
  console.log(`${what}: ${first.length}`);
  console.log(`  raw agreement: ${((100 * agree) / first.length).toFixed(1)} %`);
  console.log(`  Cohen's kappa (4 labels): ${cohenKappa(first, secondLabels, LABELS).toFixed(3)}`);
  console.log(`  Cohen's kappa (partisan vs netral): ${cohenKappa(binary(first), binary(secondLabels), ['netral', 'partisan']).toFixed(3)}`);
}

report('double-labeled corpus posts', second.map((r) => disagreements.get(`${r.file}:${r.row}`) ?? finals.get(`${r.file}:${r.row}`)!), second.map((r) => r.label));
console.log(`  disagreements resolved by the guide: ${disagreements.size}`);

const written = read('written-second-annotator.csv');
// Held-back examples were labeled blind as well; they are counted, though not trained on.
const writtenLabels = new Map([...readExamples(), ...readExamples(HELD_BACK_DIR)].map((e) => [e.id, e.label]));
const missing = written.filter((r) => !writtenLabels.has(r.id));
if (missing.length) throw new Error(`written-second-annotator.csv names examples that do not exist: ${missing.map((r) => r.id).join(', ')}`);
report('double-labeled written examples', written.map((r) => writtenLabels.get(r.id)!), written.map((r) => r.label));
