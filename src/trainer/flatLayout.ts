// All trainable variables as one flat vector: concatenating them, sums per variable and
// per-variable values spread back over their elements, each in one or two kernels whatever the
// number of variables. A training step on a small network is bound by the number of kernels
// (each costs about 17 µs on wasm), not by its arithmetic, so per-variable ops (4–14 each, for
// 26 variables) were most of the step. tfjs has no segment sum on wasm (unsortedSegmentSum is
// not registered there): the sums are a matMul with a 0/1 matrix of which element belongs to
// which variable, kept while the network lives.
import * as tf from '@tensorflow/tfjs';

/** Past this many matrix entries (elements × variables) the sums fall back to one op each. */
const MAX_INDICATOR_ENTRIES = 8_000_000;

export class FlatLayout {
  readonly sizes: number[];
  readonly total: number;
  /** For every element, the index of its variable (int32, [total]). */
  private readonly owner: tf.Tensor1D;
  /** [total, variables]: 1 where the element belongs to the variable; null when too large. */
  private readonly indicator: tf.Tensor2D | null;

  constructor(
    private readonly shapes: number[][],
    maxIndicatorEntries = MAX_INDICATOR_ENTRIES,
  ) {
    this.sizes = shapes.map((s) => s.reduce((a, b) => a * b, 1));
    this.total = this.sizes.reduce((a, b) => a + b, 0);
    const owner = new Int32Array(this.total);
    let at = 0;
    this.sizes.forEach((size, i) => {
      owner.fill(i, at, at + size);
      at += size;
    });
    this.owner = tf.tensor1d(owner, 'int32');
    const count = this.sizes.length;
    if (this.total * count <= maxIndicatorEntries) {
      const matrix = new Float32Array(this.total * count);
      owner.forEach((variable, element) => (matrix[element * count + variable] = 1));
      this.indicator = tf.tensor2d(matrix, [this.total, count]);
    } else {
      this.indicator = null;
    }
  }

  /**
   * One flat vector of `parts` (in order); a null part (no gradient) is zeros. 1-D parts go in
   * as they are: a reshape to their own shape would still cost a kernel.
   */
  concat(parts: (tf.Tensor | null)[]): tf.Tensor1D {
    return tf.concat(
      parts.map((p, i) =>
        p ? (p.rank === 1 ? p : tf.reshape(p, [-1])) : tf.zeros([this.sizes[i]]),
      ),
    ) as tf.Tensor1D;
  }

  /** Per variable, the sum of its elements of `flat`. */
  sums(flat: tf.Tensor1D): tf.Tensor1D {
    if (this.indicator) {
      return tf.reshape(tf.matMul(tf.reshape(flat, [1, this.total]), this.indicator), [-1]);
    }
    return tf.stack(tf.split(flat, this.sizes).map((part) => tf.sum(part))) as tf.Tensor1D;
  }

  /**
   * ‖x‖₂ per variable. All variables share one scale (the largest finite |x|), so the squares
   * cannot overflow float32; a variable holding NaN or ±∞ gets NaN (counted apart, since NaN·0
   * in the sums would spoil every variable's norm).
   */
  norms(flat: tf.Tensor1D): tf.Tensor1D {
    return tf.tidy(() => {
      const finite = tf.isFinite(flat);
      const safe = tf.where(finite, flat, tf.zerosLike(flat));
      const peak = tf.max(tf.abs(safe));
      const scale = tf.where(tf.greater(peak, 0), peak, tf.onesLike(peak));
      const nonFinite = this.sums(tf.cast(tf.logicalNot(finite), 'float32'));
      return tf.where(
        tf.greater(nonFinite, 0),
        tf.fill(nonFinite.shape, Number.NaN),
        tf.mul(tf.sqrt(this.sums(tf.square(tf.div(safe, scale)))), scale),
      ) as tf.Tensor1D;
    });
  }

  /** A value per variable, repeated over each of its elements. */
  spread(values: tf.Tensor1D): tf.Tensor1D {
    return tf.gather(values, this.owner) as tf.Tensor1D;
  }

  /** Writes `flat` back into the variables whose `write` flag is set. */
  assign(variables: tf.Variable[], flat: tf.Tensor1D, write: boolean[]): void {
    tf.tidy(() => {
      const parts = tf.split(flat, this.sizes);
      variables.forEach((v, i) => {
        if (write[i])
          v.assign(this.shapes[i].length === 1 ? parts[i] : tf.reshape(parts[i], this.shapes[i]));
      });
    });
  }

  dispose(): void {
    this.owner.dispose();
    this.indicator?.dispose();
  }
}
