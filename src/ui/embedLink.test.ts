import { describe, expect, it } from 'vitest';
import { parseFragment } from '../config/playgroundConfig';
import { embedSnippet, withEmbed, withoutEmbed } from './embedLink';

const LINK = 'https://example.org/tcn/#v=1&lesson=x&nb_filters=8&dilations=1,2,4';

describe('embedded links', () => {
  it('adds embed=true once and takes it out again, every other letter kept', () => {
    const embedded = withEmbed(LINK);
    expect(embedded).toBe(`${LINK}&embed=true`);
    expect(withEmbed(embedded)).toBe(embedded);
    expect(withoutEmbed(embedded)).toBe(LINK);
    expect(withoutEmbed('https://e.org/#v=1&embed=true&lag=4')).toBe('https://e.org/#v=1&lag=4');
    expect(withEmbed('https://e.org/')).toBe('https://e.org/#embed=true');
    expect(parseFragment(new URL(embedded).hash).view).toEqual({ lesson: 'x', embed: true });
    // A teacher's Chinese link embeds in Chinese.
    const chinese = withEmbed(`${LINK}&lang=zh`);
    expect(parseFragment(new URL(chinese).hash).view).toEqual({
      lesson: 'x',
      lang: 'zh',
      embed: true,
    });
  });

  it('writes an iframe of 960×540 whose src reads back as the embedded link', () => {
    const snippet = embedSnippet(LINK);
    expect(snippet).toMatch(/^<iframe src="[^"]+" width="960" height="540" style="border:0"/);
    expect(snippet).toContain('title="TCN Playground"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('allow="cross-origin-isolated"');
    // The ampersands are written as &amp;, which an HTML attribute reads back as &.
    const src = /src="([^"]+)"/.exec(snippet)?.[1].replace(/&amp;/g, '&');
    expect(src).toBe(withEmbed(LINK));
    expect(snippet).not.toMatch(/&(?!amp;)/);
  });
});
