// keras-tcn's own TCN(...) calls (its README and examples, src/config/kerasTcnCalls.ts) read by
// the paste reader give the receptive field and TCN parameter count that keras-tcn itself
// reports for the same call, built in real TensorFlow (.venv-tf, keras-tcn's source on
// PYTHONPATH; made when missing, a failure when it cannot be).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KERAS_TCN_DEFAULTS, parseTcnConfig } from '../engine/config';
import { receptiveField } from '../engine/receptiveField';
import { parameterCount } from '../engine/variables';
import { KERAS_TCN, PYTHON, ensurePython, runProcess, tail } from '../../tests/python/tensorflow';
import { KERAS_TCN_README_CALLS } from './kerasTcnCalls';
import { parsePastedTcn } from './pastedTcn';

/** Builds each call on an Input of its shape and prints keras-tcn's figures, one JSON line. */
const BUILD = String.raw`
import json, sys
import keras
from tcn import TCN
calls = json.load(open(sys.argv[1]))
out = []
for item in calls:
    keras.backend.clear_session()
    layer = eval(item['call'], {'TCN': TCN})
    inputs = keras.Input(shape=(item['seq_len'], item['input_dim']))
    layer(inputs)
    out.append({'receptive_field': int(layer.receptive_field), 'params': int(layer.count_params())})
json.dump(out, open(sys.argv[2], 'w'))
`;

const folder = mkdtempSync(join(tmpdir(), 'tcn-calls-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("keras-tcn's own calls, read here and built by keras-tcn", () => {
  it('give the same receptive field and parameter count', { timeout: 900_000 }, async () => {
    // What the playground reads from each call: keras-tcn's defaults under the given arguments.
    const ours = KERAS_TCN_README_CALLS.map(({ call, source }) => {
      const read = parsePastedTcn(call);
      expect(read.ok, `${source}: ${read.ok ? '' : read.message}`).toBe(true);
      if (!read.ok) throw new Error(read.message);
      const { tcn: args, task } = read.result.settings;
      const inputDim = task.input_dim ?? 1;
      const built = parseTcnConfig({ ...KERAS_TCN_DEFAULTS, ...args, input_dim: inputDim });
      expect(built.problems, source).toEqual([]);
      return {
        call,
        source,
        seq_len: task.seq_len ?? null,
        input_dim: inputDim,
        receptive_field: receptiveField(built.config!),
        params: parameterCount(built.config!),
      };
    });
    expect(ours.length).toBeGreaterThanOrEqual(12);

    await ensurePython();
    const input = join(folder, 'calls.json');
    const output = join(folder, 'keras.json');
    // keras-tcn builds each call on the input shape the playground read (the call text itself
    // is evaluated only here, in the test's own Python, never by the page).
    writeFileSync(
      input,
      JSON.stringify(
        ours.map(({ call, seq_len, input_dim }) => ({
          call: call.replace(/input_shape\s*=\s*\([^)]*\)\s*,?/, ''),
          seq_len,
          input_dim,
        })),
      ),
    );
    const script = join(folder, 'build.py');
    writeFileSync(script, BUILD);
    const result = await runProcess(PYTHON, [script, input, output], {
      env: { ...process.env, PYTHONPATH: KERAS_TCN, TF_CPP_MIN_LOG_LEVEL: '3' },
      timeoutMs: 600_000,
    });
    expect(result.code, tail(result.output)).toBe(0);
    const keras = JSON.parse(readFileSync(output, 'utf8')) as {
      receptive_field: number;
      params: number;
    }[];
    ours.forEach((o, i) => {
      expect(
        { receptive_field: o.receptive_field, params: o.params },
        `${o.source}\n${o.call}`,
      ).toEqual(keras[i]);
    });
  });
});
