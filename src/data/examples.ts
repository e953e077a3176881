// Examples we wrote ourselves (data/examples/*.csv: id,label,election,text). Unlike corpus posts, their
// text lives in the project.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { csvRecords, missingColumns, type CsvRecord } from '../util/csv-records.js';
import { DATA_DIR } from '../text/resources.js';
import { isLabel, type Label } from './labels.js';

export const EXAMPLES_DIR = path.join(DATA_DIR, 'examples');
/** Written examples labeled (and checked blind) but not trained on: validation said they did not help (data/README.md). */
export const HELD_BACK_DIR = path.join(DATA_DIR, 'held-back');
const EXAMPLE_COLUMNS = ['id', 'label', 'election', 'text'];

export interface WrittenExample {
  id: string;
  label: Label;
  election?: string;
  text: string;
  file: string;
}

/**
 * The written examples in `dir`. With `knownElections`, a non-empty election that is not one of them is
 * an error naming file, line and the known ids: the leave-one-election-out view filters on the exact
 * id, so a typo would move the example to the wrong side. An empty election stays allowed.
 */
export function readExamples(dir: string = EXAMPLES_DIR, knownElections?: ReadonlySet<string>): WrittenExample[] {
  const out: WrittenExample[] = [];
  const ids = new Map<string, string>(); // id → `file line N` where it was first seen
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    let records: CsvRecord[];
    try {
      records = csvRecords(readFileSync(path.join(dir, file), 'utf8'));
    } catch (err) {
      throw new Error(`${file}: ${(err as Error).message.split('\n')[0]}`);
    }
    if (records.length === 0) continue;
    const header = records[0].fields;
    const missing = missingColumns(header, EXAMPLE_COLUMNS);
    if (missing.length) throw new Error(`${file}: missing column ${missing.join(', ')} (header: ${header.join(',')}; expected ${EXAMPLE_COLUMNS.join(',')})`);
    for (const { fields, line } of records.slice(1)) {
      const where = `${file} line ${line}`;
      if (fields.length !== header.length) throw new Error(`${where}: ${fields.length} fields, but the header has ${header.length} (${header.join(',')})`);
      const r = Object.fromEntries(header.map((c, i) => [c, fields[i]])) as Record<string, string>;
      if (!r.id) throw new Error(`${where}: missing id`);
      if (ids.has(r.id)) throw new Error(`${where}: duplicate id ${JSON.stringify(r.id)} (also ${ids.get(r.id)})`);
      if (!isLabel(r.label)) throw new Error(`${where}: unknown label ${JSON.stringify(r.label)}`);
      if (!r.text?.trim()) throw new Error(`${where}: empty text`);
      if (knownElections && r.election && !knownElections.has(r.election)) throw new Error(`${where}: unknown election ${JSON.stringify(r.election)} (known: ${[...knownElections].sort().join(', ')})`);
      ids.set(r.id, where);
      out.push({ id: r.id, label: r.label, election: r.election || undefined, text: r.text, file });
    }
  }
  return out;
}
