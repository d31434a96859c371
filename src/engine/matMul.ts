// A 2-D matMul whose gradient avoids transposed matMuls on the wasm backend. tfjs's own
// gradient multiplies with transposeA/transposeB, which tfjs-wasm runs 4–6× slower than a
// plain matMul (measured: [8192,96]ᵀ·[8192,32] 63 ms, transpose then matMul 18 ms). On the
// GPU backends a transposed read is free in the shader, so they keep the flags.
import * as tf from '@tensorflow/tfjs';

const transposeFirst = () => tf.getBackend() === 'wasm';

const matMulWithGradient = tf.customGrad((a, b, save) => {
  const a2 = a as tf.Tensor2D;
  const b2 = b as tf.Tensor2D;
  (save as tf.GradSaveFunc)([a2, b2]);
  return {
    value: tf.matMul(a2, b2),
    gradFunc: (dy, saved) => {
      const [sa, sb] = saved as tf.Tensor2D[];
      const g = dy as tf.Tensor2D;
      if (transposeFirst()) {
        return [tf.matMul(g, tf.transpose(sb)), tf.matMul(tf.transpose(sa), g)];
      }
      return [tf.matMul(g, sb, false, true), tf.matMul(sa, g, true, false)];
    },
  };
});

/** a·b for a [m, k] and b [k, n], differentiable in both. */
export function matMul2d(a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor2D {
  return matMulWithGradient(a, b) as tf.Tensor2D;
}
