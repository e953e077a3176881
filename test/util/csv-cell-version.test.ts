// A resumed batch CSV is one file written by two runs: a netra refuses to go on from a progress file
// whose CSV cell rules (CSV_CELL_VERSION) are not its own. This table pins what version 3 writes for the
// cells whose bytes older writers wrote otherwise, so a change to the rules cannot pass without the
// version being raised (and the table with it).
import { describe, expect, it } from 'vitest';
import { CSV_CELL_VERSION, csvLine } from '../../src/util/csv-cell.js';

const CELLS: readonly unknown[] = ['plain', 'x;=SUM(A1:A9)', 'a,b', 'tab\there', 'esc\u001b nul\u0000 del\u007f c1\u0085', 'say "hi"', 'two\nlines', '=1+1', '-5', '@x', 0.912, -0.5, 7, true, null];

describe('CSV_CELL_VERSION', () => {
  it('is 3, and version 3 writes these cells so', () => {
    expect(CSV_CELL_VERSION).toBe(3);
    expect(csvLine(CELLS)).toBe(`plain,"x;=SUM(A1:A9)","a,b",tab\there,esc[U+001B] nul[U+0000] del[U+007F] c1[U+0085],"say ""hi""","two\nlines",'=1+1,'-5,'@x,0.912,-0.5,7,true,\n`);
    expect(csvLine(CELLS, ';')).toBe(`plain;"x;=SUM(A1:A9)";"a,b";tab\there;esc[U+001B] nul[U+0000] del[U+007F] c1[U+0085];"say ""hi""";"two\nlines";'=1+1;'-5;'@x;0.912;-0.5;7;true;\n`);
    expect(csvLine(CELLS, '\t')).toBe(`plain\t"x;=SUM(A1:A9)"\t"a,b"\t"tab\there"\tesc[U+001B] nul[U+0000] del[U+007F] c1[U+0085]\t"say ""hi"""\t"two\nlines"\t'=1+1\t'-5\t'@x\t0.912\t-0.5\t7\ttrue\t\n`);
  });
});
