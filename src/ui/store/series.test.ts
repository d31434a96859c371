// The store's series flow, with the real parser and the real shipped files: a file accepted
// changes the settings and reaches the worker prepared; a bad file changes nothing; a link made
// with a file asks for it and keeps every other setting; a shipped series is read by itself.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeFragment, parseFragment } from '../../config/playgroundConfig';
import type { SeriesPreset } from '../../data/seriesPresets';
import type { ToWorker } from '../../worker/protocol';
import { createPlaygroundStore, type TrainingClientFactory } from '.';

function fakeClient() {
  const sent: ToWorker[] = [];
  const createClient = vi.fn<TrainingClientFactory>(() => ({
    send: (message) => sent.push(message),
    terminate: () => {},
  }));
  return { sent, createClient };
}

const fetchPreset = async (preset: SeriesPreset) =>
  readFileSync(
    new URL(`../../../node_modules/vega-datasets/data/${preset.file}`, import.meta.url),
    'utf8',
  );

const csv = (rows: number) =>
  [
    'day,sales,price',
    ...Array.from(
      { length: rows },
      (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')},${i % 7},${10 + (i % 3)}`,
    ),
  ].join('\n');

const file = (name: string, text: string) => ({
  name,
  bytes: text.length,
  text: async () => text,
});

const configures = (sent: ToWorker[]) =>
  sent.filter((m): m is Extract<ToWorker, { type: 'configure' }> => m.type === 'configure');

afterEach(() => vi.useRealTimers());

describe('the store with a series', () => {
  it('a file accepted becomes the series task and reaches the worker prepared', async () => {
    vi.useFakeTimers();
    const fake = fakeClient();
    const store = createPlaygroundStore({ createClient: fake.createClient, fetchPreset });
    store.getState().openSeriesFile(file('sales.csv', csv(400)));
    await vi.advanceTimersByTimeAsync(200);
    const state = store.getState();
    expect(state.series.status).toBe('ready');
    expect(state.config?.task).toMatchObject({ name: 'series', input_dim: 2 });
    expect(state.config?.data).toMatchObject({
      source: 'file',
      file: 'sales.csv',
      columns: ['sales', 'price'],
      target: 'sales',
      horizon: 1,
    });
    const sent = configures(fake.sent).at(-1)!;
    expect(sent.series?.name).toBe('sales.csv');
    // 400 rows: 80 held out, 320 to train on, two channels each.
    expect(sent.series?.prepared.train.x).toHaveLength(320 * 2);
    expect(sent.series?.prepared.heldOut.rows).toBe(80);
  });

  it('a bad file gives its line and column and changes nothing', async () => {
    vi.useFakeTimers();
    const fake = fakeClient();
    const store = createPlaygroundStore({ createClient: fake.createClient, fetchPreset });
    const before = store.getState().config;
    store.getState().openSeriesFile(file('bad.csv', 'a,b\n1,2\n3,x\n5,6\n'));
    await vi.advanceTimersByTimeAsync(200);
    const state = store.getState();
    expect(state.series.status).toBe('failed');
    expect(state.series.problems[0]).toMatchObject({ line: 3, column: 'b' });
    expect(state.config).toEqual(before);
    expect(configures(fake.sent)).toEqual([]);
  });

  it('missing values are offered a fix, and the fix reads the file again', async () => {
    vi.useFakeTimers();
    const store = createPlaygroundStore({ fetchPreset });
    const text = csv(200).replace('\n2024-01-03,2,12', '\n2024-01-03,,12');
    store.getState().openSeriesFile(file('gaps.csv', text));
    await vi.advanceTimersByTimeAsync(100);
    expect(store.getState().series.problems[0]).toMatchObject({ missing: true, line: 4 });
    store.getState().retrySeriesMissing('drop');
    await vi.advanceTimersByTimeAsync(100);
    expect(store.getState().series.status).toBe('ready');
    expect(store.getState().series.table?.rows).toBe(199);
    expect(store.getState().config?.data.missing).toBe('drop');
  });

  it('a link made with a file asks for it and keeps the rest; opening it trains', async () => {
    vi.useFakeTimers();
    const fake = fakeClient();
    const maker = createPlaygroundStore({ fetchPreset });
    maker.getState().openSeriesFile(file('sales.csv', csv(400)));
    await vi.advanceTimersByTimeAsync(100);
    maker.getState().setTcnField('kernel_size', 3);
    maker.getState().setTaskField('seq_len', 20);
    const link = encodeFragment(maker.getState().config!);
    expect(link).toContain('data=file');
    expect(link).toContain('file=sales.csv');

    const opener = createPlaygroundStore({ createClient: fake.createClient, fetchPreset });
    const parsed = parseFragment(link, { page: true });
    opener.getState().load(parsed.config, parsed.notices, parsed.view, parsed.raw);
    await vi.advanceTimersByTimeAsync(200);
    let state = opener.getState();
    expect(state.series.status).toBe('needs-file');
    expect(state.config).toBeNull();
    const asks = state.problems.find((p) => p.key === 'data')!;
    expect(asks.message).toContain('sales.csv');
    expect(asks.message).toContain('sales, price');
    expect(state.raw.tcn.kernel_size).toBe(3);
    expect(configures(fake.sent)).toEqual([]);

    opener.getState().openSeriesFile(file('sales.csv', csv(400)));
    await vi.advanceTimersByTimeAsync(200);
    state = opener.getState();
    expect(state.config?.tcn.kernel_size).toBe(3);
    expect(state.config?.task.seq_len).toBe(20);
    expect(configures(fake.sent).at(-1)?.series?.name).toBe('sales.csv');
  });

  it('a shipped series is fetched and read through the same path', async () => {
    const fake = fakeClient();
    const store = createPlaygroundStore({ createClient: fake.createClient, fetchPreset });
    store.getState().chooseSeriesSource('co2');
    await vi.waitFor(() => expect(store.getState().series.status).toBe('ready'), { timeout: 5000 });
    await vi.waitFor(() => expect(configures(fake.sent).length).toBeGreaterThan(0), {
      timeout: 5000,
    });
    const state = store.getState();
    expect(state.config?.data).toMatchObject({ source: 'co2', columns: ['CO2'], target: 'CO2' });
    expect(state.series.table?.dateColumn).toBe('Date');
    expect(configures(fake.sent).at(-1)?.series?.prepared.choice.target).toBe('CO2');
  });

  it('a window too long for the file is a problem of seq_len, and nothing is sent', async () => {
    vi.useFakeTimers();
    const fake = fakeClient();
    const store = createPlaygroundStore({ createClient: fake.createClient, fetchPreset });
    store.getState().openSeriesFile(file('short.csv', csv(60)));
    await vi.advanceTimersByTimeAsync(200);
    const sentBefore = configures(fake.sent).length;
    store.getState().setTaskField('seq_len', 40);
    await vi.advanceTimersByTimeAsync(200);
    const state = store.getState();
    expect(state.config).toBeNull();
    expect(state.problems.find((p) => p.key === 'seq_len')?.message).toMatch(/too short/);
    expect(configures(fake.sent)).toHaveLength(sentBefore);
  });
});
