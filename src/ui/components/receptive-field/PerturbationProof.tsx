// The proof by perturbation: every input step nudged alone (+1 on every channel), the output's
// change at the chosen step measured on the real network with its current weights. Outside the
// receptive field the change is exactly 0.0 — not small — and the page says so in numbers, with
// the honest corners: padding='same' reaches into the future, return_sequences=False reads one
// kept step, batch norm in training mode would mix the batch.
import { Fragment } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TcnConfig } from '../../../engine/config';
import { influence } from '../../../engine/receptiveField';
import { usePlayground } from '../../store';

interface Props {
  config: TcnConfig;
  seqLen: number;
  /** The output step the lattice has chosen. */
  outputStep: number;
}

export function PerturbationProof({ config, seqLen, outputStep }: Props) {
  const { t } = useTranslation();
  const perturb = usePlayground((s) => s.perturb);
  const ready = usePlayground((s) => s.training.variables.length > 0 && !s.stale);
  const result = usePlayground((s) => s.training.perturbation);
  const baseline = usePlayground((s) => (s.config?.train.model ?? 'tcn') !== 'tcn');
  const fits = result && result.change !== null && result.change.length === seqLen;
  let summary: {
    outsideZero: number;
    outside: number;
    insideMoved: number;
    inside: number;
  } | null = null;
  if (fits) {
    const inside = new Set(influence(config, seqLen, result.outputStep).inputSteps);
    const change = result.change!;
    summary = { outsideZero: 0, outside: 0, insideMoved: 0, inside: inside.size };
    change.forEach((c, s) => {
      if (inside.has(s)) {
        if (c !== 0) summary!.insideMoved++;
      } else {
        summary!.outside++;
        if (c === 0) summary!.outsideZero++;
      }
    });
  }
  const peak = fits ? Math.max(...result.change!, 1e-12) : 1;
  return (
    <div className="perturbation" data-testid="perturbation">
      <p className="panel-note">
        <button
          type="button"
          className="secondary"
          data-testid="perturb"
          disabled={!ready || baseline}
          onClick={() => perturb(outputStep)}
        >
          {t('receptive.perturbation.button')}
        </button>{' '}
        {baseline ? t('receptive.perturbation.baseline') : t('receptive.perturbation.explain')}
      </p>
      {summary && result && (
        <>
          <svg
            className="perturbation-bars"
            viewBox={`0 0 ${seqLen} 20`}
            preserveAspectRatio="none"
            role="img"
            aria-label={t('receptive.perturbation.chartLabel', { step: result.outputStep })}
          >
            {result.change!.map((c, s) => (
              <rect
                key={s}
                x={s + 0.1}
                width={0.8}
                y={20 - (c / peak) * 20}
                height={(c / peak) * 20}
                className={c === 0 ? 'perturbation-zero' : 'perturbation-moved'}
              />
            ))}
          </svg>
          <p
            className="panel-note perturbation-readout"
            data-testid="perturbation-readout"
            data-outside={summary.outside}
            data-outside-zero={summary.outsideZero}
            data-inside={summary.inside}
            data-inside-moved={summary.insideMoved}
          >
            <Trans
              t={t}
              i18nKey={
                summary.insideMoved < summary.inside
                  ? 'receptive.perturbation.readoutSilent'
                  : 'receptive.perturbation.readout'
              }
              values={{ outputStep: result.outputStep, step: result.step, ...summary }}
              components={{ strong: <strong /> }}
            />
            {corners(config).map((key) => (
              <Fragment key={key}>
                {' '}
                <Trans t={t} i18nKey={key} components={{ code: <code /> }} />
              </Fragment>
            ))}
          </p>
        </>
      )}
    </div>
  );
}

/**
 * The keys of the notes on what reaches an output differently from a causal, per-step,
 * inference-mode network.
 */
function corners(config: TcnConfig): string[] {
  const notes: string[] = [];
  if (config.padding === 'same') notes.push('receptive.perturbation.corners.same');
  if (!config.return_sequences) notes.push('receptive.perturbation.corners.lastStep');
  if (config.use_batch_norm) notes.push('receptive.perturbation.corners.batchNorm');
  if (config.go_backwards) notes.push('receptive.perturbation.corners.goBackwards');
  return notes;
}
