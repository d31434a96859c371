// What TensorFlow.js holds in the training worker after the latest step: live tensors, their
// bytes, and on GPU backends the device memory the backend has allocated. Over a long run the
// tensor count must stay flat; one that keeps growing is a leak.
import { usePlayground } from '../../store';

/** 1234567 → "1.2 MB" (decimal units, as the browser's own task manager). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

const EXPLANATION =
  'What TensorFlow.js holds in the training worker right after the latest step (tf.memory()): ' +
  'live tensors and their size. Between steps the count should stay the same; one that keeps ' +
  'growing step after step would be a memory leak.';
const GPU_EXPLANATION =
  ' GPU: memory the backend has allocated on the device, including freed buffers it keeps ' +
  'for reuse; it grows in the first steps and should then level off.';

/** Shown once a step has reported; the figures belong to that step (data-step). */
export function WorkerMemoryReadout() {
  const memory = usePlayground((s) => s.training.memory);
  // After a rebuild `latest` is cleared while `memory` still describes the old trainer: wait
  // for the first step of the new one.
  const step = usePlayground((s) => s.training.latest?.step ?? null);
  if (!memory || step === null) return null;
  const gpu = memory.gpuBytesAllocated;
  return (
    <span
      className="worker-memory"
      data-testid="worker-memory"
      data-tensors={memory.tensors}
      data-bytes={memory.bytes}
      data-gpu-bytes={gpu}
      data-step={step}
      title={EXPLANATION + (gpu === undefined ? '' : GPU_EXPLANATION)}
    >
      <span>
        {memory.tensors} {memory.tensors === 1 ? 'tensor' : 'tensors'} · {formatBytes(memory.bytes)}
      </span>
      {gpu !== undefined && (
        <span className="worker-memory-gpu">GPU {formatBytes(gpu)} allocated</span>
      )}
    </span>
  );
}
