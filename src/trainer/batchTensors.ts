// A task's batch (plain arrays, made on the CPU) as the tensors a training or evaluation step
// reads.
import * as tf from '@tensorflow/tfjs';
import type { Batch } from '../tasks/tasks';

export interface BatchTensors {
  x: tf.Tensor3D;
  y: tf.Tensor;
  lossMask: tf.Tensor2D;
  metricMask: tf.Tensor2D;
}

export function toTensors(batch: Batch): BatchTensors {
  const [b, t] = batch.xShape;
  return {
    x: tf.tensor3d(batch.x, batch.xShape),
    y: tf.tensor(batch.y, batch.yShape),
    lossMask: tf.tensor2d(batch.lossMask, [b, t]),
    metricMask: tf.tensor2d(batch.metricMask, [b, t]),
  };
}

export function disposeBatch(batch: BatchTensors): void {
  tf.dispose([batch.x, batch.y, batch.lossMask, batch.metricMask]);
}
