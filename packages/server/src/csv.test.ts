import assert from 'node:assert/strict';
import {csvCell, csvLine} from './csv.js';

describe('CSV', () => {
  it('quotes cells with commas, quotes or line breaks (RFC 4180)', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(0), '0');
    assert.equal(csvLine(['a', 'b,c']), 'a,"b,c"\r\n');
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.ok(csvCell(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`), JSON.stringify(start));
    assert.equal(csvCell('=cmd|"/c calc"!A1'), '"\'=cmd|""/c calc""!A1"');
    assert.equal(csvCell('a=b'), 'a=b');
  });
});
