import { describe, expect, it } from 'vitest';
import { agreementRows } from '../../scripts/lib/agreement-rows.js';

describe('agreement rows', () => {
  it('reads rows with labels of the guide', () => {
    expect(agreementRows('file,id,label\nexamples/a.csv,a-1,netral\nexamples/a.csv,a-2,ajakan\n', 'w.csv')).toEqual([
      { file: 'examples/a.csv', id: 'a-1', label: 'netral' },
      { file: 'examples/a.csv', id: 'a-2', label: 'ajakan' },
    ]);
  });

  it('refuses a label that is not one of the four, naming the file and line (a CRLF row appended to an LF file reads "netral\\r")', () => {
    expect(() => agreementRows('file,id,label\nexamples/a.csv,a-1,netral\nexamples/a.csv,a-2,netral\r\nexamples/a.csv,a-3,dukungan\r\n', 'w.csv')).toThrow(
      /w\.csv line 3: label "netral\\r" is not one of ajakan, dukungan, serangan, netral/,
    );
    expect(() => agreementRows('file,row,first\nx.csv,4,Netral\n', 'd.csv', 'first')).toThrow(/d\.csv line 2: first "Netral"/);
  });
});
