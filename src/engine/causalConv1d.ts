// A dilated 1-D convolution that trains on every TensorFlow.js backend.
// tfjs's own conv gradients throw for dilation > 1 and the wasm backend has no
// Conv2DBackpropFilter, but tfjs's *forward* conv2d with dilations runs everywhere, and so do
// the two products the gradient needs: the training step uses `threeConvs`, three forward
// convolutions in one customGrad. The older formulations from pads, slices and matMuls
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
  const [, , inChannels] = x.shape;
  const kernelIn = kernel.shape[1];
  if (kernelIn !== inChannels) {
    throw new Error(`kernel expects ${kernelIn} input channels, the input has ${inChannels}`);
  }
  return threeConvs(x, kernel, dilation, padding, bias);
}

/**
 * The convolution as three forward convolutions (see shared/TFJS-FACTS.md): with xp the input
 * padded in time and viewed as [batch, 1, time, in], y = conv2d(xp, w, dilation d). Its
 * gradients: dx = conv2d of dy (padded by [right, left] in time) with the kernel reversed in
 * time and in/out swapped, dilation d; dw = conv2d of xp viewed as [in, 1, time, batch] by dy
 * viewed as [1, time, batch, out] with stride d, which gives [in, 1, k, out].
 */
export function threeConvs(
  x: tf.Tensor3D,
  kernel: tf.Tensor3D,
  dilation: number,
  padding: Padding,
  bias?: tf.Tensor1D,
): tf.Tensor3D {
  const [batch, steps, inChannels] = x.shape;
  const [kernelSize, , filters] = kernel.shape;
  const [left, right] = convPadding(kernelSize, dilation, padding);
  const padded = steps + left + right;
  const forward = (
    xIn: tf.Tensor3D,
    wIn: tf.Tensor3D,
    bIn: tf.Tensor1D | null,
    save: tf.GradSaveFunc,
  ) => {
    const xp = tf.reshape(
      left + right > 0
        ? tf.pad(xIn, [
            [0, 0],
            [left, right],
            [0, 0],
          ])
        : xIn,
      [batch, 1, padded, inChannels],
    ) as tf.Tensor4D;
    const w = tf.reshape(wIn, [1, kernelSize, inChannels, filters]) as tf.Tensor4D;
    // With a bias, one fused kernel adds it (a separate add costs a kernel forward and three
    // backward on every convolution).
    const y = bIn
      ? tf.fused.conv2d({
          x: xp,
          filter: w,
          strides: 1,
          pad: 'valid',
          dataFormat: 'NHWC',
          dilations: [1, dilation],
          bias: bIn,
        })
      : tf.conv2d(xp, w, 1, 'valid', 'NHWC', [1, dilation]);
    save([xp, w]);
    return {
      value: tf.reshape(y, [batch, steps, filters]),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [savedX, savedW] = saved as [tf.Tensor4D, tf.Tensor4D];
        const dy4 = tf.reshape(dy, [batch, 1, steps, filters]) as tf.Tensor4D;
        // dx[t] = Σⱼ dy[t + left − j·d]·w[j]ᵀ: a dilated convolution of dy, padded so that
        // exactly the unpadded steps come out, by the kernel reversed in time.
        const dyPadded =
          left + right > 0
            ? tf.pad(dy4, [
                [0, 0],
                [0, 0],
                [right, left],
                [0, 0],
              ])
            : dy4;
        const flipped = tf.transpose(tf.reverse(savedW, 1), [0, 1, 3, 2]) as tf.Tensor4D;
        const dx = tf.conv2d(dyPadded, flipped, 1, 'valid', 'NHWC', [1, dilation]);
        // dw[j] = Σ_{b,t} xp[b, t + j·d]ᵀ·dy[b, t]: batch and channels swap roles, stride d.
        const xT = tf.transpose(savedX, [3, 1, 2, 0]) as tf.Tensor4D;
        const dyT = tf.transpose(dy4, [1, 2, 0, 3]) as tf.Tensor4D;
        const dw = tf.conv2d(xT, dyT, [1, dilation], 'valid', 'NHWC');
        const grads = [
          tf.reshape(dx, [batch, steps, inChannels]),
          tf.reshape(tf.transpose(dw, [1, 2, 0, 3]), [kernelSize, inChannels, filters]),
        ];
        if (bIn) grads.push(tf.sum(dy, [0, 1]));
        return grads;
      },
    };
  };
  if (bias) {
    const conv = tf.customGrad((xIn, wIn, bIn, save) =>
      forward(xIn as tf.Tensor3D, wIn as tf.Tensor3D, bIn as tf.Tensor1D, save as tf.GradSaveFunc),
    );
    return conv(x, kernel, bias) as tf.Tensor3D;
  }
  const conv = tf.customGrad((xIn, wIn, save) =>
    forward(xIn as tf.Tensor3D, wIn as tf.Tensor3D, null, save as tf.GradSaveFunc),
  );
  return conv(x, kernel) as tf.Tensor3D;
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
