import { describe, expect, it } from 'vitest';
import { i18n } from './core';
import { LANGUAGES } from './languages';
import { untranslatedWords } from './latinWords';

type Tree = { [key: string]: unknown };

/** Every leaf's key path and text; plural forms (_one, _other…) count as one key. */
function leaves(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') {
      for (const [k, v] of leaves(value as Tree, path)) out.set(k, [...(out.get(k) ?? []), ...v]);
    } else {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      out.set(base, [...(out.get(base) ?? []), String(value)]);
    }
  }
  return out;
}

const bundle = (code: string) => i18n.getResourceBundle(code, 'translation') as Tree;

describe('the language files', () => {
  it('offer English and Chinese, each with its own name', () => {
    expect(LANGUAGES.map((l) => [l.code, l.htmlLang])).toEqual([
      ['en', 'en'],
      ['zh', 'zh-CN'],
    ]);
  });

  for (const language of LANGUAGES.filter((l) => l.code !== 'en')) {
    it(`${language.code} has exactly the keys of English`, () => {
      const english = [...leaves(bundle('en')).keys()].sort();
      const other = [...leaves(bundle(language.code)).keys()].sort();
      expect(other.filter((k) => !english.includes(k))).toEqual([]);
      expect(english.filter((k) => !other.includes(k))).toEqual([]);
      expect(english.length).toBeGreaterThan(0);
    });

    it(`${language.code} fills in only values its English text is given`, () => {
      // A translation may leave a value out (Chinese says "the current task" where English
      // names it), never use one the code does not pass.
      const english = leaves(bundle('en'));
      const wrong: string[] = [];
      const names = (list: string[]) =>
        new Set(list.flatMap((s) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1])));
      for (const [key, texts] of leaves(bundle(language.code))) {
        const given = names(english.get(key) ?? []);
        const used = [...names(texts)].filter((name) => !given.has(name));
        if (used.length > 0) wrong.push(`${key}: ${used.join(', ')}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('Chinese leaves no English word: only keras-tcn names, identifiers and units', () => {
    const left: string[] = [];
    for (const [key, texts] of leaves(bundle('zh'))) {
      for (const text of texts) {
        // Filled-in values and markup (<code>…</code> holds code) are not words to translate.
        const prose = text
          .replace(/\{\{[^}]*\}\}/g, ' ')
          .replace(/<code>[\s\S]*?<\/code>/g, ' ')
          .replace(/<\/?\w+>/g, ' ');
        const words = untranslatedWords(prose);
        if (words.length > 0) left.push(`${key}: ${words.join(' ')}`);
      }
    }
    expect(left).toEqual([]);
  });

  it('English leaves no Chinese', () => {
    const chinese = [...leaves(bundle('en'))].filter(([, texts]) =>
      texts.some((s) => /[\u3400-\u9fff]/.test(s)),
    );
    expect(chinese.map(([key]) => key)).toEqual([]);
  });

  it('plural forms and numbers come from the library', async () => {
    const zh = i18n.cloneInstance({ lng: 'zh' });
    const en = i18n.cloneInstance({ lng: 'en' });
    expect(en.t('app.backend.threads', { count: 1 })).toBe('1 thread');
    expect(en.t('app.backend.threads', { count: 4 })).toBe('4 threads');
    expect(en.t('app.variables.totalWithFrozen', { frozen: 12345 })).toBe(
      'Total (12,345 not trainable)',
    );
    // Chinese has one plural form, which i18next's rules pick for 1 as well.
    expect(zh.t('app.backend.threads', { count: 1 })).toBe('1 个线程');
    expect(zh.t('app.variables.totalWithFrozen', { frozen: 12345 })).toMatch(/12,345/);
  });
});
