// The Python reader: tokens, brackets, literals, and the assignments a variable can be read from.
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, PyExpr, literalAssignments, readValue, type PyValue } from './pythonLiteral';
import { tokenizePython } from './pythonTokens';

/** Reads the whole text as one value. */
const read = (text: string, jsonNames = false): PyValue => {
  const src = tokenizePython(text);
  return readValue(src, 0, src.tokens.length, { jsonNames });
};

describe('tokenizePython', () => {
  it('skips comments, line breaks and backslash continuations, and marks statement starts', () => {
    const src = tokenizePython('a = 1  # one\nb = (2,\n     3) \\\n  + 4\nc = 5; d = 6');
    expect(src.tokens.map((t) => t.text)).toEqual([
      'a',
      '=',
      '1',
      'b',
      '=',
      '(',
      '2',
      ',',
      '3',
      ')',
      '+',
      '4',
      'c',
      '=',
      '5',
      ';',
      'd',
      '=',
      '6',
    ]);
    expect(src.tokens.filter((t) => t.lineStart).map((t) => t.text)).toEqual(['a', 'b', 'c', 'd']);
    expect(src.lineAt(src.tokens[12].start)).toBe(5);
  });

  it('pairs brackets and reports the first that does not pair', () => {
    const ok = tokenizePython('f([1, {2: (3)}])');
    expect(ok.bracketProblem).toBeNull();
    expect(ok.match[1]).toBe(ok.tokens.length - 1);
    expect(tokenizePython('f([1, 2)').bracketProblem).toMatchObject({
      kind: 'mismatch',
      closer: ')',
      expected: ']',
    });
    expect(tokenizePython('f((1, 2)').bracketProblem).toMatchObject({
      kind: 'unclosed',
      opener: '(',
      offset: 1,
    });
  });

  it('reads strings of both quotes, triple quotes, prefixes and escapes', () => {
    const values = tokenizePython(
      `'a\\'b' "c\\"d" '''e\nf''' r'\\n' 'tab\\there' '\\x41\\u00e9\\U0001F600' b'x' f'{y}' 'caf\u00e9'`,
    ).tokens.map((t) => t.value);
    expect(values).toEqual(["a'b", 'c"d', 'e\nf', '\\n', 'tab\there', 'Aé😀', null, null, 'café']);
  });

  it('reports a string that is not closed', () => {
    expect(tokenizePython("x = 'abc\ny = 2").stringProblem).toEqual({ offset: 4, quote: "'" });
    expect(tokenizePython('x = """abc').stringProblem).toEqual({ offset: 4, quote: '"""' });
  });

  it('reads numbers as Python writes them', () => {
    const values = tokenizePython('1 1.5 .5 1e-3 1E3 1_000 0x10 0o17 0b101 2j 1.').tokens.map(
      (t) => t.value,
    );
    expect(values).toEqual([1, 1.5, 0.5, 0.001, 1000, 1000, 16, 15, 5, null, 1]);
  });

  it('reads unicode names and odd characters without throwing', () => {
    const src = tokenizePython('größe = 3 ; x = $ ? \u00a0 \ud83d 😀');
    expect(src.tokens[0]).toMatchObject({ kind: 'name', text: 'größe' });
    expect(src.tokens.length).toBeGreaterThan(5);
  });
});

describe('readValue', () => {
  it.each<[string, PyValue]>([
    ['True', true],
    ['False', false],
    ['None', null],
    ['-3', -3],
    ['+0.25', 0.25],
    ["'causal'", 'causal'],
    ["'ab' 'cd'", 'abcd'],
    ['[1, 2, 4]', [1, 2, 4]],
    ['(1, 2, 4,)', [1, 2, 4]],
    ['(5,)', [5]],
    ['(5)', 5],
    ['()', []],
    ['[[1, 2], (3,)]', [[1, 2], [3]]],
    ['[2**i for i in range(6)]', [1, 2, 4, 8, 16, 32]],
    ['[2 ** i for i in range(2, 5)]', [4, 8, 16]],
    ['[3**k for k in range(3)]', [1, 3, 9]],
  ])('%s', (text, value) => {
    expect(read(text)).toEqual(value);
  });

  it('reads dicts, with JSON names when asked', () => {
    expect(read("{'a': 1, 'b': (1, 2), 3: None}")).toEqual({ a: 1, b: [1, 2], 3: null });
    expect(read('{"a": true, "b": null}', true)).toEqual({ a: true, b: null });
    expect(read('{"a": true}')).toEqual({ a: new PyExpr('true', 'a variable', 'true') });
    const proto = read("{'__proto__': 1}") as Record<string, PyValue>;
    expect(Object.getPrototypeOf(proto)).toBeNull();
    expect(Object.keys(proto)).toEqual(['__proto__']);
  });

  it('keeps what is not a literal as its source text, never running it', () => {
    const expr = (text: string) => read(text) as PyExpr;
    expect(expr('n_filters')).toEqual(new PyExpr('n_filters', 'a variable', 'n_filters'));
    expect(expr('HeNormal(seed=1)')).toMatchObject({ why: 'a call', callee: 'HeNormal' });
    expect(expr('tf.keras.initializers.HeNormal()')).toMatchObject({
      callee: 'tf.keras.initializers.HeNormal',
    });
    expect(expr("__import__('os').system('rm -rf /')")).toEqual(
      new PyExpr("__import__('os').system('rm -rf /')", 'not a literal'),
    );
    expect(expr('64 * 2')).toMatchObject({ why: 'not a literal' });
    expect(expr('[2**i for i in range(n)]').why).toMatch(/comprehension/);
    expect(expr('(2**i for i in range(3))').why).toMatch(/comprehension/);
    expect(expr('[2**i for i in range(100)]').why).toMatch(/more than 64 items/);
    expect(expr('{1, 2}').why).toMatch(/dict/);
    expect(read('[1, x]')).toEqual([1, new PyExpr('x', 'a variable', 'x')]);
  });

  it(`stops reading below ${MAX_DEPTH} levels of brackets`, () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    let value = read(deep);
    for (let d = 0; d < MAX_DEPTH; d++) value = (value as PyValue[])[0];
    expect(value).toBeInstanceOf(PyExpr);
    expect((value as PyExpr).why).toMatch(/nested more than/);
  });
});

describe('literalAssignments', () => {
  it('reads names bound once to a literal, and no value for names bound several times', () => {
    const src = tokenizePython(
      [
        'batch_size, time_steps, input_dim = None, 20, 1',
        'n = 64',
        'k = 2',
        'k = 3',
        'shape = (time_steps, input_dim)',
        'x = np.zeros(3)',
        'for i in range(3):',
        '    total += i',
        'def f(steps=None, *args, **kwargs):',
        '    return steps',
      ].join('\n'),
    );
    const a = literalAssignments(src);
    expect(a.get('time_steps')).toMatchObject({ count: 1, value: 20, lines: [1] });
    expect(a.get('batch_size')?.value).toBeNull();
    expect(a.get('n')).toMatchObject({ value: 64, source: 'n = 64' });
    expect(a.get('k')).toMatchObject({ count: 2, lines: [3, 4] });
    expect(a.get('k')?.value).toBeUndefined();
    expect(a.get('shape')?.value).toEqual([
      new PyExpr('time_steps', 'a variable', 'time_steps'),
      new PyExpr('input_dim', 'a variable', 'input_dim'),
    ]);
    expect(a.get('x')?.value).toBeInstanceOf(PyExpr);
    expect(a.get('i')?.count).toBe(1);
    expect(a.get('i')?.value).toBeUndefined();
    expect(a.get('total')?.value).toBeUndefined();
    expect(a.get('steps')?.value).toBeUndefined();
    expect(a.get('kwargs')?.count).toBe(1);
  });
});
