// "The link is the screen": the link of the settings the form shows (valid or not) reads back
// as those settings; what a link cannot give the form as written is clamped, replaced or
// dropped, always with a notice.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  checkSettings,
  compactFragment,
  didYouMean,
  encodeFragment,
  encodeSettings,
  parseFragment,
  rawSettingsOf,
  type RawSettings,
} from './playgroundConfig';

const defaults = () => rawSettingsOf(DEFAULT_CONFIG);
const withRaw = (change: (raw: RawSettings) => void): RawSettings => {
  const raw = defaults();
  change(raw);
  return raw;
};
const PAGE = {
  page: true,
  lessons: ['dilated-causal', 'receptive-field'],
  panels: ['settings', 'variables', 'charts'],
};

describe('raw settings → link → raw settings', () => {
  it.each<[string, RawSettings]>([
    ['the defaults', defaults()],
    [
      'a valid edit',
      withRaw((r) => {
        r.tcn.kernel_size = 3;
        r.tcn.dilations = [1, 3, 9];
        r.train.learning_rate = 1e-4;
      }),
    ],
    [
      'a configuration over the resource budget',
      withRaw((r) => {
        r.task.seq_len = 4096;
        r.train.batch_size = 512;
        r.tcn.nb_filters = 64;
      }),
    ],
    ['dilations "1, 2, x"', withRaw((r) => (r.tcn.dilations = [1, 2, 'x']))],
    ['dilations ""', withRaw((r) => (r.tcn.dilations = []))],
    ['dilations "1,,2"', withRaw((r) => (r.tcn.dilations = [1, '', 2]))],
    ['nb_filters "[64]" (a one-element list)', withRaw((r) => (r.tcn.nb_filters = [64]))],
    ['nb_filters "[]"', withRaw((r) => (r.tcn.nb_filters = []))],
    ['nb_filters "abc"', withRaw((r) => (r.tcn.nb_filters = 'abc'))],
    ['nb_filters "8, y"', withRaw((r) => (r.tcn.nb_filters = [8, 'y']))],
    ['kernel_size 2.5', withRaw((r) => (r.tcn.kernel_size = 2.5))],
    ['kernel_size "" (cleared)', withRaw((r) => (r.tcn.kernel_size = ''))],
    ['seq_len "12 steps & more"', withRaw((r) => (r.task.seq_len = '12 steps & more'))],
    ['learning_rate 0 (its lower limit is excluded)', withRaw((r) => (r.train.learning_rate = 0))],
    ['momentum 1', withRaw((r) => (r.train.momentum = 1))],
    ['dropout_rate 1', withRaw((r) => (r.tcn.dropout_rate = 1))],
    [
      'two norms at once and a filter list with skip connections',
      withRaw((r) => {
        r.tcn.use_batch_norm = true;
        r.tcn.use_layer_norm = true;
        r.tcn.nb_filters = [4, 8, 4, 8, 4];
      }),
    ],
  ])('%s', (_, raw) => {
    const link = encodeSettings(raw);
    const back = parseFragment(`#${link}`, PAGE);
    expect(back.raw).toEqual(raw);
    // The page's own link of what it then shows is the same link.
    expect(encodeSettings(back.raw)).toBe(link);
    // What the form will show is judged the same as before the link.
    expect(checkSettings(back.raw).problems).toEqual(checkSettings(raw).problems);
  });

  it('keeps a typed value the configuration cannot use, saying so for the page', () => {
    const { raw, config, notices } = parseFragment('#dilations=1,2,x', PAGE);
    expect(raw.tcn.dilations).toEqual([1, 2, 'x']);
    expect(config.tcn.dilations).toEqual(DEFAULT_CONFIG.tcn.dilations);
    expect(notices).toEqual([
      expect.objectContaining({
        key: 'dilations',
        action: 'rejected',
        reason: expect.stringMatching(/shown as written, marked in the form/),
      }),
    ]);
    // Elsewhere (the command line) the notice names the default used instead.
    expect(parseFragment('#dilations=1,2,x').notices[0].reason).toMatch(/Using \[1,2,4,8,16\]\./);
  });

  it('keeps a combination the page refuses (over budget) as linked, without a notice', () => {
    const { raw, notices } = parseFragment('#seq_len=4096&batch_size=512&nb_filters=64', PAGE);
    expect(notices).toEqual([]);
    expect(raw.task.seq_len).toBe(4096);
    expect(raw.train.batch_size).toBe(512);
    expect(raw.tcn.nb_filters).toBe(64);
    expect(checkSettings(raw).config).toBeNull();
    const link = encodeSettings(raw);
    expect(link).toMatch(/(^|&)seq_len=4096(&|$)/);
    expect(link).toMatch(/(^|&)batch_size=512(&|$)/);
    expect(link).toMatch(/(^|&)nb_filters=64(&|$)/);
  });

  it('replaces a value a checkbox or a list cannot show, with a notice', () => {
    const { raw, notices } = parseFragment('#use_skip_connections=maybe&padding=valid', PAGE);
    expect(raw.tcn.use_skip_connections).toBe(true);
    expect(raw.tcn.padding).toBe('causal');
    expect(notices.map((n) => `${n.key} ${n.action}`)).toEqual([
      'use_skip_connections rejected',
      'padding rejected',
    ]);
    expect(notices[1].reason).toMatch(/Using causal\./);
  });

  it('writes a valid configuration as encodeFragment always did', () => {
    expect(encodeFragment(DEFAULT_CONFIG)).toBe(encodeSettings(rawSettingsOf(DEFAULT_CONFIG)));
    expect(encodeSettings(defaults(), { classroom: true, hide: ['charts'], lesson: 'x' })).toMatch(
      /^v=1&classroom=true&hide=charts&lesson=x&nb_filters=16&/,
    );
  });
});

describe('numbers past their limits', () => {
  it.each([
    ['seq_len=5000', 'seq_len', 4096, /5000 is above the most, 4096: clamped to 4096/],
    ['seq_len=1', 'seq_len', 2, /1 is below the least, 2: clamped to 2/],
    ['batch_size=0', 'batch_size', 1, /clamped to 1/],
    ['batch_size=100000', 'batch_size', 512, /clamped to 512/],
    ['noise=-1', 'noise', 0, /clamped to 0/],
    ['learning_rate=50', 'learning_rate', 10, /clamped to 10/],
    ['kernel_size=0', 'kernel_size', 1, /clamped to 1/],
    ['kernel_size=100000', 'kernel_size', 512, /clamped to 512/],
    ['nb_stacks=99', 'nb_stacks', 16, /clamped to 16/],
    ['nb_filters=9999', 'nb_filters', 512, /clamped to 512/],
    ['dropout_rate=-0.5', 'dropout_rate', 0, /clamped to 0/],
  ])('%s is clamped to its limit, in the form and the notice', (text, key, value, reason) => {
    const { raw, config, notices } = parseFragment(`#${text}`, PAGE);
    const section = key in raw.tcn ? 'tcn' : key in raw.task ? 'task' : 'train';
    expect((raw[section] as Record<string, unknown>)[key]).toBe(value);
    expect((config[section] as unknown as Record<string, unknown>)[key]).toBe(value);
    expect(notices.filter((n) => n.key === key)).toEqual([
      { key, action: 'adjusted', reason: expect.stringMatching(reason) as string },
    ]);
  });

  it('shortens a lag the sequence cannot hold, in the form and the notice', () => {
    const raw = withRaw((r) => (r.task.lag = 96));
    const { raw: back, notices } = parseFragment(`#${encodeSettings(raw)}`, PAGE);
    expect(back.task.lag).toBe(95);
    expect(notices).toEqual([
      expect.objectContaining({
        key: 'lag',
        action: 'adjusted',
        reason: expect.stringMatching(/lag 96 became 95/),
      }),
    ]);
  });

  it('clamps each entry of a list', () => {
    const { raw, notices } = parseFragment('#dilations=0,2,9999', PAGE);
    expect(raw.tcn.dilations).toEqual([1, 2, 4096]);
    expect(notices[0].reason).toBe(
      '0 is below the least, 1: clamped to 1; 9999 is above the most, 4096: clamped to 4096.',
    );
  });

  it('does not clamp past an excluded limit, a fraction of a whole number or text', () => {
    for (const [text, key, section] of [
      ['learning_rate=0', 'learning_rate', 'train'],
      ['momentum=1', 'momentum', 'train'],
      ['dropout_rate=1', 'dropout_rate', 'tcn'],
      ['seq_len=5000.5', 'seq_len', 'task'],
      ['kernel_size=-x', 'kernel_size', 'tcn'],
    ] as const) {
      const { raw, notices } = parseFragment(`#${text}`, PAGE);
      expect(notices.map((n) => `${n.key} ${n.action}`)).toEqual([`${key} rejected`]);
      expect(encodeSettings(raw)).toContain(text);
      expect((raw[section] as Record<string, unknown>)[key]).not.toBe(
        (rawSettingsOf(DEFAULT_CONFIG)[section] as Record<string, unknown>)[key],
      );
    }
  });

  it("keeps them as written when told not to clamp (the page's own history entries)", () => {
    const raw = withRaw((r) => {
      r.train.batch_size = 100000;
      r.tcn.kernel_size = 0;
    });
    const back = parseFragment(`#${encodeSettings(raw)}`, { ...PAGE, clamp: false });
    expect(back.raw).toEqual(raw);
    expect(back.notices.map((n) => `${n.key} ${n.action}`)).toEqual([
      'kernel_size rejected',
      'batch_size rejected',
    ]);
  });

  it('makes a clamped link read back unchanged', () => {
    const { raw } = parseFragment('#seq_len=99999&lag=99999', PAGE);
    expect(raw.task).toMatchObject({ seq_len: 4096, lag: 4095 });
    const again = parseFragment(`#${encodeSettings(raw)}`, PAGE);
    expect(again.notices).toEqual([]);
    expect(again.raw).toEqual(raw);
  });
});

describe('near misses and unknown names', () => {
  it.each([
    ['nb_filter', 'nb_filters'],
    ['Kernel_Size', 'kernel_size'],
    ['DILATIONS', 'dilations'],
    ['kernal_size', 'kernel_size'],
    ['lags', 'lag'],
    ['batchsize', 'batch_size'],
    ['learningrate', 'learning_rate'],
    ['classrom', 'classroom'],
  ])('%s: did you mean %s?', (key, meant) => {
    const { notices, raw } = parseFragment(`#${key}=3`, PAGE);
    expect(notices).toEqual([
      {
        key,
        action: 'ignored',
        reason: `${key} is not a setting of this page — did you mean ${meant}?`,
      },
    ]);
    expect(raw).toEqual(defaults());
  });

  it('does not guess for names far from every setting', () => {
    for (const key of ['colour', 'x', 'foo', 'zzzzzzzzzz']) {
      expect(parseFragment(`#${key}=1`).notices[0].reason).toBe(
        `${key} is not a setting of this page.`,
      );
    }
    expect(didYouMean('v', ['v', 'x'])).toBeNull();
    expect(didYouMean('w', ['v'])).toBeNull();
  });

  it('reports unknown hide= panels and keeps the known ones', () => {
    const { view, notices } = parseFragment('#hide=variables,chart,foo,Settings', PAGE);
    expect(view.hide).toEqual(['variables']);
    expect(notices.map((n) => n.reason)).toEqual([
      'chart is not a panel of this page (panels: settings, variables, charts) — did you mean charts?',
      'foo is not a panel of this page (panels: settings, variables, charts).',
      'Settings is not a panel of this page (panels: settings, variables, charts) — did you mean settings?',
    ]);
    expect(notices.every((n) => n.key === 'hide' && n.action === 'ignored')).toBe(true);
    expect(encodeSettings(defaults(), view)).toMatch(/&hide=variables&/);
  });

  it('reports an unknown lesson= id and opens none', () => {
    const { view, notices } = parseFragment('#classroom=true&lesson=recptive-field', PAGE);
    expect(view).toEqual({ classroom: true });
    expect(notices).toEqual([
      {
        key: 'lesson',
        action: 'ignored',
        reason: 'there is no lesson recptive-field — did you mean receptive-field?',
      },
    ]);
    expect(parseFragment('#lesson=nothing-like-it', PAGE).notices[0].reason).toBe(
      'there is no lesson nothing-like-it.',
    );
  });

  it('reads embed=true, writes it back, and rejects a value that is not true or false', () => {
    const { view, notices } = parseFragment('#task=lag&lag=4&embed=true', PAGE);
    expect(view).toEqual({ embed: true });
    expect(notices).toEqual([]);
    expect(parseFragment('#embed=1').view).toEqual({ embed: true });
    expect(parseFragment('#embed=false').view).toEqual({});
    const bad = parseFragment('#embed=yes');
    expect(bad.view).toEqual({});
    expect(bad.notices).toEqual([
      { key: 'embed', action: 'rejected', reason: 'embed must be true or false.' },
    ]);
    const text = encodeSettings(defaults(), { lesson: 'x', embed: true });
    expect(text).toMatch(/^v=1&lesson=x&embed=true&nb_filters=16&/);
    expect(parseFragment(`#${text}`).view).toEqual({ lesson: 'x', embed: true });
    expect(encodeSettings(defaults(), { embed: false })).not.toMatch(/embed/);
  });

  it('reads lang=zh, writes it back, and names a language the page lacks', () => {
    const languages = ['en', 'zh'];
    const { view, notices } = parseFragment('#task=lag&lag=4&lang=zh', { ...PAGE, languages });
    expect(view).toEqual({ lang: 'zh' });
    expect(notices).toEqual([]);
    expect(parseFragment('#lang=fr', { languages }).notices).toEqual([
      { key: 'lang', action: 'ignored', reason: 'there is no language fr.' },
    ]);
    expect(parseFragment('#lang=<b>').notices).toEqual([
      { key: 'lang', action: 'rejected', reason: 'not a language code.' },
    ]);
    const text = encodeSettings(defaults(), { lesson: 'x', lang: 'zh' });
    expect(text).toMatch(/^v=1&lesson=x&lang=zh&nb_filters=16&/);
    expect(parseFragment(`#${text}`).view).toEqual({ lesson: 'x', lang: 'zh' });
  });

  it('takes any well-formed hide and lesson names when not told which exist', () => {
    const { view, notices } = parseFragment('#hide=anything&lesson=some-lesson');
    expect(view).toEqual({ hide: ['anything'], lesson: 'some-lesson' });
    expect(notices).toEqual([]);
  });
});

describe('a series in a link', () => {
  it('a shipped series by id takes its own columns, target and horizon', () => {
    const { config, notices } = parseFragment('#task=series&data=co2');
    expect(notices).toEqual([]);
    expect(config.data).toMatchObject({ source: 'co2', columns: ['CO2'], target: 'CO2' });
    expect(config.task.input_dim).toBe(1);
    expect(config.tcn.input_dim).toBe(1);
  });

  it('a column the shipped series does not have is reported and replaced', () => {
    const { config, notices } = parseFragment('#task=series&data=co2&columns=CO2,oxygen');
    expect(config.data.columns).toEqual(['CO2']);
    expect(notices).toEqual([
      expect.objectContaining({
        key: 'columns',
        action: 'rejected',
        reason: expect.stringMatching(/no number column 'oxygen'|no number column oxygen/),
      }),
    ]);
  });

  it('a file keeps its name and columns, a comma inside a name included', () => {
    const { config } = parseFragment(
      '#task=series&data=file&file=my%20sales.csv&columns=a%252Cb,price&target=price&horizon=3',
    );
    expect(config.data).toMatchObject({
      source: 'file',
      file: 'my sales.csv',
      columns: ['a,b', 'price'],
      target: 'price',
      horizon: 3,
    });
    expect(config.tcn.input_dim).toBe(2);
    expect(parseFragment(encodeFragment(config)).config).toEqual(config);
  });

  it('the other tasks write no series keys into their links', () => {
    const fragment = encodeFragment(parseFragment('#task=lag').config);
    for (const key of ['data', 'file', 'columns', 'target', 'horizon', 'missing'])
      expect(fragment).not.toMatch(new RegExp(`(^|&)${key}=`));
    expect(fragment).toContain('model=tcn');
  });
});

describe('compactFragment', () => {
  it('keeps v=1 and the keys that differ from the defaults, and reads back as the configuration', () => {
    expect(compactFragment(DEFAULT_CONFIG)).toBe('v=1');
    const { config } = parseFragment('#task=copy_memory&seq_len=30&dilations=1,2,4&seed=3');
    const compact = compactFragment(config);
    expect(compact).toBe('v=1&dilations=1,2,4&task=copy_memory&seq_len=30&seed=3');
    expect(parseFragment(compact).config).toEqual(config);
  });
});
