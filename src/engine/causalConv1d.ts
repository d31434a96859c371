// A dilated 1-D convolution that trains on every TensorFlow.js backend.
// tfjs's own conv gradients throw for dilation > 1 and the wasm backend has no
// Conv2DBackpropFilter, but tfjs's *forward* conv2d with dilations runs everywhere, and so do
// the two products the gradient needs: the training step uses `dilatedConv`, three forward
// convolutions in one customGrad, on sequences held as [batch, 1, steps, channels]. The older formulations from pads, slices and matMuls
// (im2col, per-tap) stay as references for the tests and the benchmark.
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
  bias?: tf.Tensor1D,
): tf.Tensor3D {
  return threeConvs(x, kernel, dilation, padding, bias);
}

/** The activations a convolution can carry in its own kernel (their gradient needs only y). */
export type ConvActivation = 'linear' | 'relu';

/**
 * `dilatedConv` on [batch, steps, in]: the 3-D view of the same convolution, for callers (and
 * tests) that hold sequences as 3-D tensors.
 */
export function threeConvs(
  x: tf.Tensor3D,
  kernel: tf.Tensor3D,
  dilation: number,
  padding: Padding,
  bias?: tf.Tensor1D,
  activation: ConvActivation = 'linear',
): tf.Tensor3D {
  const [batch, steps, inChannels] = x.shape;
  return tf.tidy(() => {
    const y = dilatedConv(
      tf.reshape(x, [batch, 1, steps, inChannels]),
      kernel,
      dilation,
      padding,
      bias,
      activation,
    );
    return tf.reshape(y, [batch, steps, kernel.shape[2]]);
  });
}

/**
 * The convolution as three forward convolutions (see shared/TFJS-FACTS.md), on sequences held
 * as [batch, 1, steps, channels], the layout tfjs's conv2d reads, so that a model that keeps
 * its activations in it reshapes nothing between layers (every reshape is a kernel, and kernel
 * count, not arithmetic, bounds a training step on a small network). With xp the input padded
 * in time, y = act(conv2d(xp, w, dilation d) + b). Gradients, with g = dy·act′ (from y alone):
 * dx = conv2d of g (padded by [right, left] in time) with the kernel reversed in time and in/out
 * swapped, dilation d; dw = conv2d of xp viewed as [1, time, in, batch] by g viewed as
 * [time, 1, batch, out] with stride d, which gives [1, k, in, out]; db = Σ g.
 */
export function dilatedConv(
  x: tf.Tensor4D,
  kernel: tf.Tensor3D,
  dilation: number,
  padding: Padding,
  bias?: tf.Tensor1D,
  activation: ConvActivation = 'linear',
): tf.Tensor4D {
  const inChannels = x.shape[3];
  const [kernelSize, kernelIn, filters] = kernel.shape;
  if (kernelIn !== inChannels) {
    throw new Error(`kernel expects ${kernelIn} input channels, the input has ${inChannels}`);
  }
  const [left, right] = convPadding(kernelSize, dilation, padding);
  const relu = activation === 'relu';
  const forward = (
    xIn: tf.Tensor4D,
    wIn: tf.Tensor3D,
    bIn: tf.Tensor1D | null,
    save: tf.GradSaveFunc,
  ) => {
    const xp = padTime(xIn, left, right);
    const w = tf.reshape(wIn, [1, kernelSize, inChannels, filters]) as tf.Tensor4D;
    const y = convolve(xp, w, bIn, dilation, activation);
    save(relu ? [xp, w, y] : [xp, w]);
    return {
      value: y,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [savedX, savedW, savedY] = saved as tf.Tensor4D[];
        // relu′ from the output: y > 0 exactly where the pre-activation is > 0.
        const g = (relu ? tf.mul(dy, tf.step(savedY)) : dy) as tf.Tensor4D;
        // dx[t] = Σⱼ g[t + left − j·d]·w[j]ᵀ: a dilated convolution of g, padded so that
        // exactly the unpadded steps come out, by the kernel reversed in time.
        const reversed = kernelSize > 1 ? tf.reverse(savedW, 1) : savedW;
        const flipped = tf.transpose(reversed, [0, 1, 3, 2]) as tf.Tensor4D;
        const dx = tf.conv2d(padTime(g, right, left), flipped, 1, 'valid', 'NHWC', [1, dilation]);
        // dw[j] = Σ_{b,t} xp[b, t + j·d]ᵀ·g[b, t]: a convolution of xp viewed as
        // [1, time, in, batch] by g viewed as [time, 1, batch, out] with stride d in time, whose
        // output [1, k, in, out] is already in the kernel's order.
        const xT = tf.transpose(savedX, [1, 2, 3, 0]) as tf.Tensor4D;
        const gT = tf.transpose(g, [2, 1, 0, 3]) as tf.Tensor4D;
        const dw = tf.conv2d(xT, gT, [dilation, 1], 'valid', 'NHWC');
        const grads = [dx, tf.reshape(dw, [kernelSize, inChannels, filters])];
        if (bIn) grads.push(tf.sum(g, [0, 1, 2]));
        return grads;
      },
    };
  };
  if (bias) {
    const conv = tf.customGrad((xIn, wIn, bIn, save) =>
      forward(xIn as tf.Tensor4D, wIn as tf.Tensor3D, bIn as tf.Tensor1D, save as tf.GradSaveFunc),
    );
    return conv(x, kernel, bias) as tf.Tensor4D;
  }
  const conv = tf.customGrad((xIn, wIn, save) =>
    forward(xIn as tf.Tensor4D, wIn as tf.Tensor3D, null, save as tf.GradSaveFunc),
  );
  return conv(x, kernel) as tf.Tensor4D;
}

/**
 * y = act(conv2d(xp, w, dilation d) + b). One kernel adds the bias and applies the activation:
 * separately they cost a kernel each forward, and the tape's relu saves its input (a copy) and
 * runs three kernels backward. The kernel is called directly because tf.fused.conv2d unfuses
 * any activation while a gradient is being recorded.
 */
function convolve(
  xp: tf.Tensor4D,
  w: tf.Tensor4D,
  bias: tf.Tensor1D | null,
  dilation: number,
  activation: ConvActivation,
): tf.Tensor4D {
  if (!bias && activation === 'linear') return tf.conv2d(xp, w, 1, 'valid', 'NHWC', [1, dilation]);
  return tf
    .engine()
    .runKernel(
      'FusedConv2D',
      { x: xp, filter: w, ...(bias ? { bias } : {}) },
      { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', dilations: [1, dilation], activation },
    ) as tf.Tensor4D;
}

/** [batch, 1, steps, channels] padded with zeros in time; itself when nothing is to be added. */
function padTime(x: tf.Tensor4D, before: number, after: number): tf.Tensor4D {
  if (before + after === 0) return x;
  return tf.pad(x, [
    [0, 0],
    [0, 0],
    [before, after],
    [0, 0],
  ]);
}

export function im2colConv(
  x: tf.Tensor3D,
  kernel: tf.Tensor3D,
  dilation: number,
  padding: Padding,
): tf.Tensor3D {
  return tf.tidy(() => {
    const [batch, steps, inChannels] = x.shape;
    const [kernelSize, , filters] = kernel.shape;
    let columns: tf.Tensor3D = x;
    if (kernelSize > 1) {
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

/** The same convolution as Σⱼ tapⱼ(x)·Wⱼ, with its gradient written out. */
export function tapsConv(
  x: tf.Tensor3D,
  kernel: tf.Tensor3D,
  dilation: number,
  padding: Padding,
): tf.Tensor3D {
  const [batch, steps, inChannels] = x.shape;
  const [kernelSize, , filters] = kernel.shape;
  const [left, right] = convPadding(kernelSize, dilation, padding);
  const tap = (padded: tf.Tensor3D, j: number) =>
    tf.reshape(tf.slice(padded, [0, j * dilation, 0], [batch, steps, inChannels]), [
      batch * steps,
      inChannels,
    ]) as tf.Tensor2D;
  const weights = (w: tf.Tensor3D, j: number) =>
    tf.reshape(tf.slice(w, [j, 0, 0], [1, inChannels, filters]), [
      inChannels,
      filters,
    ]) as tf.Tensor2D;
  const conv = tf.customGrad((xIn, wIn, save) => {
    const w = wIn as tf.Tensor3D;
    const padded = tf.pad(xIn as tf.Tensor3D, [
      [0, 0],
      [left, right],
      [0, 0],
    ]);
    const products: tf.Tensor2D[] = [];
    for (let j = 0; j < kernelSize; j++) products.push(tf.matMul(tap(padded, j), weights(w, j)));
    const y = tf.reshape(kernelSize > 1 ? tf.addN(products) : products[0], [batch, steps, filters]);
    (save as tf.GradSaveFunc)([padded, w]);
    return {
      value: y,
      gradFunc: (dy, saved) => {
        const [savedPadded, savedW] = saved as [tf.Tensor3D, tf.Tensor3D];
        const dyFlat = tf.reshape(dy, [batch * steps, filters]) as tf.Tensor2D;
        // One transpose of dy serves every tap's kernel gradient (transposed matMuls are slow on wasm).
        const dyT = tf.transpose(dyFlat);
        const dW: tf.Tensor2D[] = [];
        const dPadded: tf.Tensor3D[] = [];
        for (let j = 0; j < kernelSize; j++) {
          dW.push(tf.transpose(tf.matMul(dyT, tap(savedPadded, j))));
          const dTap = tf.reshape(tf.matMul(dyFlat, tf.transpose(weights(savedW, j))), [
            batch,
            steps,
            inChannels,
          ]);
          const before = j * dilation;
          dPadded.push(
            tf.pad(dTap as tf.Tensor3D, [
              [0, 0],
              [before, left + right - before],
              [0, 0],
            ]),
          );
        }
        const dx = tf.slice(
          kernelSize > 1 ? tf.addN(dPadded) : dPadded[0],
          [0, left, 0],
          [batch, steps, inChannels],
        );
        return [dx, tf.stack(dW)];
      },
    };
  });
  return conv(x, kernel) as tf.Tensor3D;
}
