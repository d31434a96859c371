// A dilated 1-D convolution that trains on every TensorFlow.js backend.
// tfjs's own conv gradients throw for dilation > 1 and the wasm backend has no
// Conv2DBackpropFilter, so the convolution is built from ops whose gradients exist
// everywhere: pad, k strided taps (slice), concat on channels, one matMul (im2col).
import * as tf from '@tensorflow/tfjs';
import type { Padding } from './config';
import { matMul2d } from './matMul';
import { convPadding } from './receptiveField';

/**
 * x: [batch, steps, inChannels]; kernel: [kernelSize, inChannels, filters] (Keras layout).
 * Returns [batch, steps, filters]: output step t reads input steps t − left + j·dilation.
 */
export function causalConv1d(
  x: tf.Tensor3D,
  kernel: tf.Tensor3D,
  dilation: number,
  padding: Padding,
): tf.Tensor3D {
  return tf.tidy(() => {
    const [batch, steps, inChannels] = x.shape;
    const [kernelSize, kernelIn, filters] = kernel.shape;
    if (kernelIn !== inChannels) {
      throw new Error(`kernel expects ${kernelIn} input channels, the input has ${inChannels}`);
    }
    let columns: tf.Tensor3D;
    if (kernelSize === 1) {
      columns = x;
    } else {
      const [left, right] = convPadding(kernelSize, dilation, padding);
      const padded = tf.pad(x, [
        [0, 0],
        [left, right],
        [0, 0],
      ]);
      const taps: tf.Tensor3D[] = [];
      for (let j = 0; j < kernelSize; j++) {
        taps.push(tf.slice(padded, [0, j * dilation, 0], [batch, steps, inChannels]));
      }
      // Tap-major, channel-minor: the same order as the kernel reshaped to [k·in, filters].
      columns = tf.concat(taps, 2);
    }
    const flat = matMul2d(
      tf.reshape(columns, [batch * steps, kernelSize * inChannels]),
      tf.reshape(kernel, [kernelSize * inChannels, filters]),
    );
    return tf.reshape(flat, [batch, steps, filters]);
  });
}
