import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeFragment, DEFAULT_CONFIG } from '../config/playgroundConfig';
import { main, resolveConfig, USAGE_ERROR } from './main';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const SMALL =
  '#task=lag&input_dim=2&nb_filters=2&kernel_size=3&dilations=1,2&seq_len=16&lag=2&batch_size=4';

describe('cli arguments', () => {
  it.each([
    [[], /no command given/],
    [['fit', '--config', SMALL], /unknown command "fit"/],
    [['inspect'], /inspect needs --config/],
    [['train', '--steps', '3'], /train needs --config/],
    [['export', 'keras'], /export keras needs --config/],
    [['export', '--config', SMALL], /export needs a format/],
    [['export', 'onnx', '--config', SMALL], /the only format is keras/],
    [['inspect', '--config'], /--config <value>' argument missing/],
    [['inspect', '--config', SMALL, '--bogus'], /Unknown option '--bogus'\.$/m],
    [['inspect', '--config', SMALL, '--steps', '3'], /--steps is not an option of inspect/],
    [['export', 'keras', '--config', SMALL, '--json'], /--json is not an option of export keras/],
    [
      ['train', '--config', SMALL, '--steps', '0'],
      /--steps must be a positive whole number; got "0"/,
    ],
    [['train', '--config', SMALL, '--steps', '-3'], /--steps/],
    [['train', '--config', SMALL, '--steps', '2.5'], /got "2\.5"/],
    [['train', '--config', SMALL, '--steps', 'ten'], /got "ten"/],
    [['train', '--config', SMALL, '--backend', 'webgpu'], /--backend must be wasm or cpu/],
    [
      ['inspect', '--config', 'no/such/file.json'],
      /cannot read --config file no\/such\/file\.json: no such file/,
    ],
    [['inspect', '--config', tmpdir()], /it is not a file/],
    [['inspect', '--config', '{"tcn": '], /not valid JSON/],
    [['inspect', '--config', '[1, 2]'], /cannot read --config file/],
    [['inspect', '--config', 'https://example.org/tcn/'], /has no #fragment/],
    [['inspect', 'extra', '--config', SMALL], /unexpected argument "extra"/],
  ])('%j is a usage error with a message', async (argv, message) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(USAGE_ERROR);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('a JSON file that is not JSON is an error, not the defaults', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcn-cli-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "task": { "name": "lag", } }');
    const { code, err } = await run('inspect', '--config', file);
    expect(code).toBe(USAGE_ERROR);
    expect(err).toContain(`cannot use --config file ${file}: not valid JSON`);
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: npm run cli -- <command>/);
    expect(out).toContain('export keras');
  });
});

describe('--config', () => {
  const expected = resolveConfig(SMALL).config;

  it('reads a fragment with or without #, a URL, JSON text and a JSON file alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcn-cli-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify(expected));
    for (const value of [
      SMALL.slice(1),
      `http://localhost:5173/#${SMALL.slice(1)}`,
      `https://example.org/play/?x=1#${encodeFragment(expected)}`,
      JSON.stringify(expected),
      file,
    ]) {
      const { config, notices } = resolveConfig(value);
      expect(notices, value).toEqual([]);
      expect(config, value).toEqual(expected);
    }
  });

  it('prints every notice on stderr with its reason, and keeps stdout for the result', async () => {
    const { code, out, err } = await run(
      'inspect',
      '--json',
      '--config',
      '#task=lag&seq_len=16&lag=40&colour=blue&kernel_size=two',
    );
    expect(code).toBe(0);
    expect(err).toContain('notice: colour ignored: colour is not a setting of this page.');
    expect(err).toContain('notice: kernel_size rejected: kernel_size must be a whole number');
    expect(err).toContain(
      'notice: lag adjusted: lag must be shorter than seq_len (16); lag 40 became 15.',
    );
    const report = JSON.parse(out);
    expect(report.config.task.lag).toBe(15);
    expect(report.config.tcn.kernel_size).toBe(DEFAULT_CONFIG.tcn.kernel_size);
    expect(report.notices.map((n: { key: string }) => n.key)).toEqual([
      'colour',
      'kernel_size',
      'lag',
    ]);
  });
});

describe('the command line itself (tsx src/cli/main.ts)', () => {
  const cli = (...args: string[]) =>
    spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('train --json writes nothing but JSON lines on stdout and exits 0, also on cpu', () => {
    // tfjs's cpu backend greets Node users with a banner: it must stay off stdout.
    const result = cli('train', '--json', '--steps', '2', '--backend', 'cpu', '--config', SMALL);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).step)).toEqual([1, 2]);
  });

  it('exits 2 with a message on a bad argument', () => {
    const result = cli('train', '--config', SMALL, '--steps', 'many');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--steps must be a positive whole number; got "many".');
  });
});
