// Examples we wrote ourselves (data/examples/*.csv: id,label,election,text). Unlike corpus posts, their
// text lives in the project.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DATA_DIR } from '../text/resources.js';
import { isLabel, type Label } from './labels.js';

export const EXAMPLES_DIR = path.join(DATA_DIR, 'examples');

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
  const ids = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    let records: Record<string, string>[];
    try {
      records = parse(readFileSync(path.join(dir, file), 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
    } catch (err) {
      throw new Error(`${file}: ${(err as Error).message.split('\n')[0]}`);
    }
    records.forEach((r, i) => {
      const where = `${file} line ${i + 2}`;
      if (!r.id || ids.has(r.id)) throw new Error(`${where}: missing or duplicate id ${JSON.stringify(r.id)}`);
      if (!isLabel(r.label)) throw new Error(`${where}: unknown label ${JSON.stringify(r.label)}`);
      if (!r.text?.trim()) throw new Error(`${where}: empty text`);
      if (knownElections && r.election && !knownElections.has(r.election)) throw new Error(`${where}: unknown election ${JSON.stringify(r.election)} (known: ${[...knownElections].sort().join(', ')})`);
      ids.add(r.id);
      out.push({ id: r.id, label: r.label, election: r.election || undefined, text: r.text, file });
    });
  }
  return out;
}
