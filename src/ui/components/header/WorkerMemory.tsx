// What TensorFlow.js holds in the training worker after the latest step: live tensors, their
// bytes, and on GPU backends the device memory the backend has allocated. Over a long run the
// tensor count must stay flat; one that keeps growing is a leak.
import { useTranslation } from 'react-i18next';
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

/** The call the figures come from, named as in TensorFlow.js in every language. */
const MEMORY_CALL = 'tf.memory()';

/** Shown once a step has reported; the figures belong to that step (data-step). */
export function WorkerMemoryReadout() {
  const { t } = useTranslation();
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
      title={t(gpu === undefined ? 'app.memory.title' : 'app.memory.titleGpu', {
        call: MEMORY_CALL,
      })}
    >
      <span>
        {t('app.memory.tensors', { count: memory.tensors, bytes: formatBytes(memory.bytes) })}
      </span>
      {gpu !== undefined && (
        <span className="worker-memory-gpu">
          {t('app.memory.gpu', { bytes: formatBytes(gpu) })}
        </span>
      )}
    </span>
  );
}
