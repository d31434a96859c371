// The receptive-field lattice of the network on screen, drawn for the task's seq_len, with the
// measured |∂y/∂x| under it (asked of the training worker for the chosen output step).
import { useEffect, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { alignedInputStep, effectiveSpans } from '../../../engine/effectiveField';
import { TASK_LIMITS } from '../../../config/playgroundConfig';
import { usePlayground } from '../../store';
import { PerturbationProof } from './PerturbationProof';
import { ReceptiveFieldLattice } from './ReceptiveFieldLattice';

/** Steps between the automatic measurements of the effective field while training. */
const REMEASURE_EVERY = 50;
/** Past this much drawing (levels × drawn steps × kernel taps) the lattice would stall the page. */
const MAX_LATTICE_EDGES = 60_000;
/** Past this much work (levels × steps × kernel taps) finding the influence set is too slow. */
const MAX_LATTICE_WORK = 4_000_000;

/** The task's seq_len when it is a valid one, else null. */
function useSeqLen(): number | null {
  const seqLen = usePlayground((s) => s.raw.task.seq_len);
  const invalid = usePlayground((s) => s.problems.some((p) => p.key === 'seq_len'));
  return !invalid &&
    typeof seqLen === 'number' &&
    Number.isInteger(seqLen) &&
    seqLen >= 2 &&
    seqLen <= TASK_LIMITS.maxSeqLen
    ? seqLen
    : null;
}

export function LatticePanel({ titleId = 'lattice-title' }: { titleId?: string }) {
  const { t } = useTranslation();
  const config = usePlayground((s) => s.model.config);
  const seqLen = useSeqLen();
  const sensitivity = usePlayground((s) => s.training.sensitivity);
  const ready = usePlayground((s) => s.training.variables.length > 0 && !s.stale);
  const measure = usePlayground((s) => s.measureSensitivity);
  const [chosen, setChosen] = useState<number | null>(null);
  const running = usePlayground((s) => s.training.running);
  const step = usePlayground((s) => s.training.step);
  const receptiveField = usePlayground((s) => s.model.receptiveField);
  // As training goes, the effective field is measured again every REMEASURE_EVERY steps, so a
  // class sees it grow inside the theoretical one.
  const epoch = Math.floor(step / REMEASURE_EVERY);
  useEffect(() => {
    if (running && ready && seqLen !== null && epoch > 0) measure(chosen ?? seqLen - 1);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new epoch re-measures
  }, [epoch]);
  const spans = useMemo(() => {
    if (!sensitivity || seqLen === null || sensitivity.values.length !== seqLen) return null;
    return effectiveSpans(
      sensitivity.values,
      alignedInputStep(config, seqLen, sensitivity.outputStep),
    );
  }, [sensitivity, seqLen, config]);
  // The lattice draws the processed order: go_backwards mirrors the spans.
  const drawnSpans =
    spans && seqLen !== null && config.go_backwards
      ? spans.map((s) => ({ ...s, from: seqLen - 1 - s.to, to: seqLen - 1 - s.from }))
      : spans;
  // The worker measures against the caller's time order; the lattice draws the processed order.
  const measured =
    sensitivity && seqLen !== null && sensitivity.values.length === seqLen
      ? config.go_backwards
        ? [...sensitivity.values].reverse()
        : sensitivity.values
      : null;
  let note: string | null = null;
  if (seqLen === null) {
    note = t('receptive.latticePanel.noSeqLen');
  } else {
    const levels = 1 + 2 * config.nb_stacks * config.dilations.length;
    const edges = levels * Math.min(seqLen, 96) * config.kernel_size;
    const work = levels * seqLen * config.kernel_size;
    if (edges > MAX_LATTICE_EDGES || work > MAX_LATTICE_WORK) {
      note = t('receptive.latticePanel.tooLarge', {
        convolutions: levels - 1,
        taps: config.kernel_size,
        steps: seqLen,
      });
    }
  }
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('receptive.latticePanel.title')}</h2>
      {note || seqLen === null ? (
        <p className="panel-note">{note}</p>
      ) : (
        <>
          <ReceptiveFieldLattice
            config={config}
            seqLen={seqLen}
            measured={measured}
            spans={drawnSpans}
            onSelect={(step) => {
              setChosen(step);
              if (ready) measure(step);
            }}
          />
          <p className="panel-note">
            <button
              type="button"
              className="secondary"
              data-testid="measure-sensitivity"
              disabled={!ready}
              onClick={() => measure(chosen ?? seqLen - 1)}
            >
              {t('receptive.latticePanel.measure')}
            </button>{' '}
            {measured
              ? t('receptive.latticePanel.measured', {
                  outputStep: sensitivity!.outputStep,
                  step: sensitivity!.step,
                })
              : t('receptive.latticePanel.notMeasured')}
          </p>
          <PerturbationProof config={config} seqLen={seqLen} outputStep={chosen ?? seqLen - 1} />
          {spans && sensitivity && (
            <p
              className="panel-note erf-readout"
              data-testid="erf-spans"
              data-widths={spans.map((s) => s.width).join(',')}
            >
              <Trans
                t={t}
                i18nKey="receptive.effective.readout"
                values={{
                  outputStep: sensitivity.outputStep,
                  step: sensitivity.step,
                  field: receptiveField,
                  every: REMEASURE_EVERY,
                }}
                components={{
                  strong: <strong />,
                  spanList: (
                    <>
                      {spans.map((s, i) => (
                        <span key={s.fraction}>
                          {i > 0 && t('receptive.effective.separator')}
                          <Trans
                            t={t}
                            i18nKey="receptive.effective.span"
                            values={{ percent: Math.round(s.fraction * 100), width: s.width }}
                            components={{ strong: <strong /> }}
                          />
                        </span>
                      ))}
                    </>
                  ),
                }}
              />
            </p>
          )}
        </>
      )}
    </section>
  );
}
