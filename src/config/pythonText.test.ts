import { describe, expect, it } from 'vitest';
import { float32Number, jsonForPython, pyFloat, pyStr } from './pythonText';

describe('Python text', () => {
  it('writes float32 values in their shortest form, each reading back as the same float32', () => {
    expect(float32Number(Math.fround(0.1))).toBe(0.1);
    expect(float32Number(1)).toBe(1);
    expect(float32Number(0)).toBe(0);
    expect(float32Number(Math.fround(-1e-30))).toBe(-1e-30);
    let seed = 1;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 16807) % 2147483647;
      const x = Math.fround(((seed / 2147483647) * 2 - 1) * 10 ** ((seed % 13) - 6));
      const short = float32Number(x);
      expect(Math.fround(short)).toBe(x);
      expect(
        String(short)
          .replace(/^-|e.*$|\./g, '')
          .replace(/^0+/, '').length,
      ).toBeLessThanOrEqual(9);
    }
  });

  it('JSON for a raw triple-quoted string holds no quote mark or non-ASCII character', () => {
    const value = { name: "it's '''odd''' — \\ \n é 😀", x: [1.5, -2] };
    const text = jsonForPython(value);
    expect(text).not.toMatch(/['\u007f-\uffff]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('writes Python literals', () => {
    expect(pyFloat(1)).toBe('1.0');
    expect(pyFloat(0.005)).toBe('0.005');
    expect(pyStr("a'b\\c")).toBe("'a\\'b\\\\c'");
  });
});
