// Checks the engine against one keras-tcn reference case (format: shared fixtures README).
// Shared by `npm run test:parity` (Node, cpu) and the browser tests (WebGPU and others).
import * as tf from '@tensorflow/tfjs';
import {
  buildTcn,
  computeGradients,
  parseTcnConfig,
  reachability,
  receptiveField,
  summarizeGradients,
  type TcnKey,
  type TcnModel,
} from '../engine';
import { BATCH_NORM_MOMENTUM } from '../engine/layers';

interface Values {
  shape: number[];
  data: number[];
}

export interface ModelFixture {
  name: string;
  config: Partial<Record<TcnKey, unknown>>;
  input: Values;
  weights: { name: string; shape: number[]; trainable: boolean; data: number[] }[];
  output_training: Values;
  output_inference: Values;
  loss: { projection: Values; value: number };
  gradients: (
    | { name: string; missing: true }
    | { name: string; missing: false; norm: number; shape: number[]; data: number[] }
  )[];
  receptive_field: number;
}

export interface RejectionFixture {
  name: string;
  config: Partial<Record<TcnKey, unknown>>;
  rejected_by_keras_tcn: string;
}

export type Fixture = ModelFixture | RejectionFixture;

export interface FixtureResult {
  name: string;
  passed: boolean;
  /** One line per check, each saying what was compared and how close it came. */
  checks: { passed: boolean; what: string }[];
}

export const OUTPUT_TOLERANCE = 1e-4;
export const GRADIENT_TOLERANCE = 1e-3;
// A gradient that is mathematically zero (a conv bias feeding batch norm) comes out of both
// frameworks as float32 rounding noise of a few 1e-6; its relative error means nothing. Such a
// gradient is compared relative to this fraction of the largest gradient norm instead.
export const GRADIENT_NOISE_FLOOR = 1e-3;

function relativeError(ours: ArrayLike<number>, reference: ArrayLike<number>, floor = 0): number {
  let diff = 0;
  let ref = 0;
  for (let i = 0; i < reference.length; i++) {
    diff += (ours[i] - reference[i]) ** 2;
    ref += reference[i] ** 2;
  }
  return Math.sqrt(diff) / Math.max(Math.sqrt(ref), floor, Number.MIN_VALUE);
}

const sameShape = (a: readonly number[], b: readonly number[]) => a.join(',') === b.join(',');

export async function checkFixture(fixture: Fixture): Promise<FixtureResult> {
  const checks: FixtureResult['checks'] = [];
  const check = (passed: boolean, what: string) => checks.push({ passed, what });
  const parsed = parseTcnConfig(fixture.config);

  if ('rejected_by_keras_tcn' in fixture) {
    check(
      parsed.config === null && parsed.problems.length > 0,
      parsed.config === null
        ? `rejected: ${parsed.problems.map((p) => p.message).join(' | ')}`
        : `accepted a configuration keras-tcn rejects (${fixture.rejected_by_keras_tcn})`,
    );
    return { name: fixture.name, passed: checks.every((c) => c.passed), checks };
  }

  const config = parsed.config;
  if (!config) {
    check(false, `configuration refused: ${parsed.problems.map((p) => p.message).join(' | ')}`);
    return { name: fixture.name, passed: false, checks };
  }
  check(
    receptiveField(config) === fixture.receptive_field,
    `receptive field ${receptiveField(config)} vs ${fixture.receptive_field}`,
  );

  const model = buildTcn(config, 0);
  try {
    model.setWeights(fixture.weights);
    const x = tf.tensor3d(fixture.input.data, fixture.input.shape as [number, number, number]);
    const projection = tf.tensor(fixture.loss.projection.data, fixture.loss.projection.shape);
    const outputError = async (training: boolean, reference: Values) => {
      const out = tf.tidy(() => model.apply(x, { training }).output);
      const data = await out.data();
      const shapeOk = sameShape(out.shape, reference.shape);
      out.dispose();
      return shapeOk ? relativeError(data, reference.data) : Infinity;
    };
    const trainErr = await outputError(true, fixture.output_training);
    check(
      trainErr <= OUTPUT_TOLERANCE,
      `output (training) shape [${fixture.output_training.shape}] relative error ${trainErr.toExponential(2)}`,
    );
    let inferErr = await outputError(false, fixture.output_inference);
    let note = '';
    if (inferErr > OUTPUT_TOLERANCE && config.use_batch_norm) {
      // Keras updates batch norm's moving statistics on every training-mode call. A reference
      // may record them after its training-mode call while its inference output was taken
      // before it; undoing one update with our own update rule tests that rule as well.
      rollBackMovingStatistics(model, x);
      inferErr = await outputError(false, fixture.output_inference);
      note = ' (moving statistics taken before the training-mode update)';
    }
    check(
      inferErr <= OUTPUT_TOLERANCE,
      `output (inference) shape [${fixture.output_inference.shape}] relative error ${inferErr.toExponential(2)}${note}`,
    );

    const gradients = computeGradients(model.trainable, () =>
      tf.sum(tf.mul(model.apply(x, { training: true }).output, projection)),
    );
    const report = await summarizeGradients(model.trainable, gradients);
    // The loss is a dot product with cancellation; float32 rounding scales with Σ|outᵢ·projᵢ|,
    // not with the (possibly much smaller) sum itself.
    const magnitude = fixture.output_training.data.reduce(
      (sum, v, i) => sum + Math.abs(v * fixture.loss.projection.data[i]),
      0,
    );
    const lossErr = Math.abs(report.loss - fixture.loss.value) / Math.max(magnitude, 1e-12);
    check(
      lossErr <= OUTPUT_TOLERANCE,
      `loss error ${lossErr.toExponential(2)} of Σ|out·projection|`,
    );

    const expectedMissing = fixture.gradients
      .filter((g) => g.missing)
      .map((g) => g.name)
      .sort();
    const ourMissing = report.entries
      .filter((e) => e.status === 'missing')
      .map((e) => e.name)
      .sort();
    check(
      expectedMissing.join() === ourMissing.join(),
      `missing gradients [${ourMissing.join(', ')}] vs keras-tcn [${expectedMissing.join(', ')}]`,
    );
    const predicted = reachability(config)
      .unreachable.map((u) => u.name)
      .sort();
    check(
      predicted.join() === expectedMissing.join(),
      `reachability predicts [${predicted.join(', ')}] vs keras-tcn [${expectedMissing.join(', ')}]`,
    );

    const largest = Math.max(0, ...fixture.gradients.map((g) => (g.missing ? 0 : g.norm)));
    let worst = 0;
    let worstName = '';
    const trainableNames = model.trainable.map((v) => v.name);
    for (const ref of fixture.gradients) {
      const i = trainableNames.indexOf(ref.name);
      const grad = i >= 0 ? gradients.grads[i] : null;
      if (ref.missing || !grad) continue;
      const err = relativeError(await grad.data(), ref.data, GRADIENT_NOISE_FLOOR * largest);
      if (err > worst) [worst, worstName] = [err, ref.name];
    }
    check(
      worst <= GRADIENT_TOLERANCE,
      `gradients: worst relative error ${worst.toExponential(2)}${worstName ? ` (${worstName})` : ''}`,
    );
    const unknown = fixture.gradients.filter((g) => !trainableNames.includes(g.name));
    check(unknown.length === 0, `gradient names match (${unknown.length} unknown)`);
    gradients.loss.dispose();
    gradients.grads.forEach((g) => g?.dispose());
    x.dispose();
    projection.dispose();
  } catch (error) {
    check(false, `error: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    model.dispose();
  }
  return { name: fixture.name, passed: checks.every((c) => c.passed), checks };
}

/** Inverts one Keras moving-average update: before = (after − (1 − momentum)·batch) / momentum. */
function rollBackMovingStatistics(model: TcnModel, x: tf.Tensor3D): void {
  tf.tidy(() => {
    const { movingStatistics } = model.apply(x, { training: true });
    for (const { name, value } of movingStatistics) {
      const after = model.variables.find((v) => v.name === name)!.variable;
      // value = m·after + (1 − m)·batch, so (1 − m)·batch = value − m·after.
      const batchPart = tf.sub(value, tf.mul(after, BATCH_NORM_MOMENTUM));
      after.assign(tf.div(tf.sub(after, batchPart), BATCH_NORM_MOMENTUM));
    }
  });
}

export function formatResult(result: FixtureResult): string {
  const failed = result.checks.filter((c) => !c.passed);
  const shown = result.passed ? result.checks : failed;
  return `${result.passed ? 'PASS' : 'FAIL'} ${result.name}: ${shown.map((c) => c.what).join('; ')}`;
}
