"""Writes src/engine/fixtures/recurrent.json: Keras 3's LSTM, GRU and SimpleRNN (each followed by
Dense) on fixed weights and inputs, with the output, the MSE loss and the gradient of that loss
for every weight, as the reference src/engine/recurrent.test.ts checks the TypeScript models
against.

Run with the TensorFlow virtual environment, then format the JSON as the repository does:
    .venv-tf/bin/python scripts/recurrent_fixture.py
    npx prettier --write src/engine/fixtures/recurrent.json

The reference is computed in float64 (on weights and inputs that are exact float32 numbers), so
what the test measures is the TypeScript model's float32 error, not Keras's.
"""

import json
import math
import os
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import keras  # noqa: E402
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

BATCH, TIME, INPUT, UNITS, OUTPUT = 2, 5, 3, 4, 2
LAYERS = {"lstm": keras.layers.LSTM, "gru": keras.layers.GRU, "rnn": keras.layers.SimpleRNN}
OUT = Path(__file__).resolve().parent.parent / "src" / "engine" / "fixtures" / "recurrent.json"


def values(shape, seed, scale=0.5):
    """The same deterministic pattern the TypeScript tests use, rounded to float32."""
    n = math.prod(shape)
    raw = [scale * math.sin(seed * 12.9898 + i * 78.233) for i in range(n)]
    return np.asarray(raw, dtype=np.float32).astype(np.float64).reshape(shape)


def flat(array, digits=None):
    data = np.asarray(array, dtype=np.float64).ravel().tolist()
    # Weights and inputs stay exact (float32 values); results keep more digits than float32 has.
    return data if digits is None else [float(f"{v:.{digits}g}") for v in data]


def case(kind, return_sequences, x):
    keras.backend.clear_session()
    layer = LAYERS[kind](UNITS, return_sequences=return_sequences)
    model = keras.Sequential([keras.Input((TIME, INPUT)), layer, keras.layers.Dense(OUTPUT)])
    # Paths are "sequential/lstm/lstm_cell/kernel"; the model's own name is not part of ours.
    names = [w.path.split("/", 1)[1] for w in model.weights]
    weights = [values(tuple(w.shape), seed=10 + i) for i, w in enumerate(model.weights)]
    model.set_weights(weights)
    target_shape = (BATCH, TIME, OUTPUT) if return_sequences else (BATCH, OUTPUT)
    target = values(target_shape, seed=3, scale=1.0)
    with tf.GradientTape() as tape:
        output = model(x, training=True)
        loss = keras.losses.MeanSquaredError()(target, output)
    grads = tape.gradient(loss, model.trainable_weights)
    entry = lambda name, shape, data, digits=None: {  # noqa: E731
        "name": name,
        "shape": list(shape),
        "data": flat(data, digits),
    }
    return {
        "kind": kind,
        "returnSequences": return_sequences,
        "paramCount": model.count_params(),
        "names": names,
        "weights": [entry(n, w.shape, w) for n, w in zip(names, weights)],
        "target": entry("target", target.shape, target),
        "output": entry("output", output.shape, output.numpy(), 12),
        "loss": float(f"{float(loss):.12g}"),
        "gradients": [entry(n, g.shape, g.numpy(), 12) for n, g in zip(names, grads)],
    }


def main():
    keras.config.set_floatx("float64")
    x = values((BATCH, TIME, INPUT), seed=1, scale=1.0)
    fixture = {
        "generator": "scripts/recurrent_fixture.py",
        "keras": keras.__version__,
        "tensorflow": tf.__version__,
        "sizes": {"batch": BATCH, "time": TIME, "input": INPUT, "units": UNITS, "output": OUTPUT},
        "input": {"name": "input", "shape": list(x.shape), "data": flat(x)},
        "cases": [case(k, rs, x) for k in LAYERS for rs in (True, False)],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(fixture, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
