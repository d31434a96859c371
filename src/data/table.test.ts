import { describe, expect, it } from 'vitest';
import {
  MAX_BYTES,
  MAX_PROBLEMS,
  MAX_ROWS,
  parseTable,
  type MissingPolicy,
  type Table,
} from './table';

const source = (text: string) => ({ name: 'test.csv', bytes: text.length });

function table(text: string, missing?: MissingPolicy): Table {
  const result = parseTable(text, source(text), { missing });
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result.table;
}

function problems(text: string, missing?: MissingPolicy, bytes = text.length) {
  const result = parseTable(text, { name: 'bad.csv', bytes }, { missing });
  if ('table' in result) throw new Error('expected problems');
  return result.problems;
}

const values = (t: Table, name: string) =>
  Array.from<number | string>(t.columns.find((c) => c.name === name)!.values);
const kinds = (t: Table) => t.columns.map((c) => c.kind);

describe('parseTable: delimiters and cells', () => {
  it('reads a comma-separated file', () => {
    const t = table('date,temp,rain\n2020-01-01,1.5,0\n2020-01-02,2.5,3\n');
    expect(t.rows).toBe(2);
    expect(t.columns.map((c) => c.name)).toEqual(['date', 'temp', 'rain']);
    expect(values(t, 'temp')).toEqual([1.5, 2.5]);
    expect(values(t, 'rain')).toEqual([0, 3]);
    expect(t.columns[1].values).toBeInstanceOf(Float64Array);
    // 15 + 17 + 17 characters, all ASCII: the source is passed through as given.
    expect(t.source).toEqual({ name: 'test.csv', bytes: 49 });
  });

  it('reads a semicolon-separated file, with decimal commas', () => {
    const t = table('a;b\n1,5;2\n3;-0,25\n');
    // '1,5' → 1.5 and '-0,25' → -0.25: ';' files come from locales whose decimal mark is ','.
    expect(values(t, 'a')).toEqual([1.5, 3]);
    expect(values(t, 'b')).toEqual([2, -0.25]);
  });

  it('reads a tab-separated file', () => {
    const t = table('x\ty\n1\t2\n3\t4e2\n');
    expect(values(t, 'x')).toEqual([1, 3]);
    expect(values(t, 'y')).toEqual([2, 400]);
  });

  it('reads a single column, trims cells, skips empty lines and a byte-order mark', () => {
    expect(values(table('\uFEFFv\n1\n\n2\n'), 'v')).toEqual([1, 2]);
    const t = table('a , b\n 1 , 2 \n\n   \n3,4\r\n');
    expect(t.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(values(t, 'a')).toEqual([1, 3]);
    expect(t.rows).toBe(2);
  });
});

describe('parseTable: column kinds and dates', () => {
  it('keeps an all-text column as text, not as a problem', () => {
    const t = table('city,temp\nOslo,3\nRome,18\n');
    expect(kinds(t)).toEqual(['text', 'number']);
    expect(values(t, 'city')).toEqual(['Oslo', 'Rome']);
    expect(t.dateColumn).toBeNull();
  });

  it('recognises date columns by their values', () => {
    const t = table('when,at,v\n2020-01,2020-01-01 10:00,1\n2020-02,2020-01-01 11:30,2\n');
    expect(kinds(t)).toEqual(['date', 'date', 'number']);
    expect(t.dateColumn).toBe('when');
    expect(values(t, 'at')).toEqual(['2020-01-01 10:00', '2020-01-01 11:30']);
  });

  it('recognises date columns by their names, even when the values are numbers', () => {
    const t = table('v,Year\n1,2001\n2,2002\n');
    expect(kinds(t)).toEqual(['number', 'date']);
    expect(t.dateColumn).toBe('Year');
    expect(values(t, 'Year')).toEqual(['2001', '2002']);
  });

  it('does not take invalid months or plain numbers for dates', () => {
    expect(kinds(table('code,v\n2020-13,1\n2020-14,2\n'))).toEqual(['text', 'number']);
    expect(kinds(table('id,v\n20200101,1\n20200102,2\n'))).toEqual(['number', 'number']);
  });
});

describe('parseTable: bad files', () => {
  it('refuses a file over 50 MB', () => {
    const [p] = problems('a\n1\n2\n', 'refuse', MAX_BYTES + 1);
    expect(MAX_BYTES).toBe(52_428_800); // 50 × 1024 × 1024
    expect(p.message).toBe('The file is 50.0 MB; the limit is 50 MB.');
  });

  it('refuses more data rows than the limit', () => {
    const text = `a\n${'1\n'.repeat(MAX_ROWS + 1)}`;
    expect(problems(text)[0].message).toBe('The file has 200001 data rows; the limit is 200000.');
    expect(table(`a\n${'1\n'.repeat(MAX_ROWS)}`).rows).toBe(MAX_ROWS);
  });

  it('refuses binary files', () => {
    expect(problems('a,b\n1,\u00002\n3,4\n')[0].message).toMatch(/binary/);
    // 2 printable characters and 8 control characters: 80 % non-printable.
    expect(problems('ab\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008')[0].message).toMatch(
      /binary/,
    );
  });

  it('refuses a file without header or without 2 data rows', () => {
    expect(problems('')[0].message).toBe('The file is empty.');
    expect(problems('1,2\n3,4\n5,6\n')[0]).toEqual({
      line: 1,
      message:
        'line 1: the first row holds numbers, not column names; add a header row naming each column.',
    });
    expect(problems('a,b\n1,2\n')[0].message).toBe(
      'The file has 1 data row; it needs a header row and at least 2 rows of data.',
    );
  });

  it('names empty and repeated header fields', () => {
    const ps = problems('a,,a\n1,2,3\n4,5,6\n');
    expect(ps.map((p) => p.message)).toEqual([
      'line 1: field 2 of the header is empty; every column needs a name.',
      "line 1: two columns are named 'a'.",
    ]);
  });

  it('counts lines through empty lines and quoted line breaks when reporting a ragged row', () => {
    // Lines: 1 header, 2 row, 3 empty, 4 row, 5–6 one row whose quoted note spans two lines,
    // 7 a row with 4 fields.
    const text = 'note,a,b\nx,1,2\n\ny,3,4\n"two\nlines",5,6\nz,7,8,9\n';
    expect(problems(text)).toEqual([
      { line: 7, message: 'line 7 has 4 fields, the header has 3.' },
    ]);
  });

  it('names the line and column of a value that is not a number', () => {
    // Header on line 1, data on lines 2–12; line 12 holds 'abc'.
    const rows = Array.from({ length: 10 }, (_, i) => `${i},${i * 2}`);
    const text = `day_no,temp_max\n${rows.join('\n')}\n10,abc\n`;
    expect(problems(text)).toEqual([
      { line: 12, column: 'temp_max', message: "line 12, column temp_max: 'abc' is not a number." },
    ]);
  });

  it('reports an unclosed quote', () => {
    expect(problems('a,b\n1,2\n"3,4\n5,6\n')[0]).toEqual({
      line: 3,
      message: 'line 3: a quoted field is never closed.',
    });
  });

  it(`lists at most ${MAX_PROBLEMS} problems, then counts the rest`, () => {
    const text = `v\n1\n${'x1\n'.repeat(30)}${'2\n'.repeat(40)}`;
    const ps = problems(text);
    expect(ps).toHaveLength(MAX_PROBLEMS + 1);
    expect(ps[0].line).toBe(3);
    expect(ps[MAX_PROBLEMS].message).toBe('…and 10 more problems.');
  });
});

describe('parseTable: missing values', () => {
  // Missing: line 3 column a (empty), line 4 column b (NA).
  const text = 'a,b\n1,2\n,3\n4,NA\n5,6\n';

  it('refuses them by default, naming the first few and both remedies', () => {
    const [p] = problems(text);
    expect(p.line).toBe(3);
    expect(p.column).toBe('a');
    expect(p.message).toBe(
      '2 missing values (line 3, column a; line 4, column b). ' +
        'Drop the rows with missing values, or carry the previous value forward.',
    );
  });

  it('lists five and counts the rest', () => {
    const many = `a\n1\n${'null\n'.repeat(7)}2\n`;
    expect(problems(many)[0].message).toMatch(
      /^7 missing values \(line 3, .*line 7, column a, and 2 more\)/,
    );
  });

  it("'drop' removes the rows that have one", () => {
    const t = table(text, 'drop');
    expect(t.rows).toBe(2);
    expect(values(t, 'a')).toEqual([1, 5]);
    expect(values(t, 'b')).toEqual([2, 6]);
    expect(t.dropped).toBe(2);
  });

  it("'drop' keeps the other columns' cells in step", () => {
    const t = table('date,v\n2020-01-01,1\n2020-01-02,NaN\n2020-01-03,3\n', 'drop');
    expect(values(t, 'date')).toEqual(['2020-01-01', '2020-01-03']);
  });

  it("'drop' still needs 2 rows left", () => {
    expect(problems('a\n1\nNA\nNA\n', 'drop')[0].message).toBe(
      'The file has 1 data row after dropping; it needs a header row and at least 2 rows of data.',
    );
  });

  it("'carry' repeats the value above", () => {
    const t = table('a,b\n1,2\nnull,3\n4,NaN\n', 'carry');
    // a: 1, (1), 4; b: 2, 3, (3).
    expect(values(t, 'a')).toEqual([1, 1, 4]);
    expect(values(t, 'b')).toEqual([2, 3, 3]);
    expect(t.carried).toBe(2);
  });

  it("'carry' cannot fill a missing first value", () => {
    expect(problems('a,b\nN/A,2\n1,3\n', 'carry')).toEqual([
      {
        line: 2,
        column: 'a',
        message:
          'line 2, column a: the first value is missing, so there is no earlier value to carry forward.',
      },
    ]);
  });
});
