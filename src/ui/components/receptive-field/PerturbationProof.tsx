// The proof by perturbation: every input step nudged alone (+1 on every channel), the output's
// change at the chosen step measured on the real network with its current weights. Outside the
// receptive field the change is exactly 0.0 — not small — and the page says so in numbers, with
// the honest corners: padding='same' reaches into the future, return_sequences=False reads one
// kept step, batch norm in training mode would mix the batch.
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
          Perturb every input step
        </button>{' '}
        {baseline
          ? 'A recurrent baseline reads every earlier step: there is no receptive field to prove.'
          : 'Adds 1 to one input step at a time and measures how much the output at the chosen step changes, on the real network.'}
      </p>
      {summary && result && (
        <>
          <svg
            className="perturbation-bars"
            viewBox={`0 0 ${seqLen} 20`}
            preserveAspectRatio="none"
            role="img"
            aria-label={`Output change at step ${result.outputStep} per input step`}
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
            Output step {result.outputStep}, weights of training step {result.step}: the change is{' '}
            <strong>exactly 0.0</strong> at {summary.outsideZero} of the {summary.outside} input
            steps outside the receptive field, and non-zero at {summary.insideMoved} of the{' '}
            {summary.inside} inside it
            {summary.insideMoved < summary.inside
              ? ' (a ReLU that is off passes no change: a path can be connected and still silent)'
              : ''}
            .{corners(config)}
          </p>
        </>
      )}
    </div>
  );
}

/** What reaches an output differently from a causal, per-step, inference-mode network. */
function corners(config: TcnConfig): string {
  const notes: string[] = [];
  if (config.padding === 'same')
    notes.push('With padding="same" the field is centred: later input steps move the output too.');
  if (!config.return_sequences)
    notes.push(
      'With return_sequences=False the output is one kept step (the last for causal, the middle for same), whatever step you choose.',
    );
  if (config.use_batch_norm)
    notes.push(
      'Batch norm is measured in inference mode (moving statistics); in training mode it normalises with the whole batch over every step, so any input anywhere would move every output.',
    );
  if (config.go_backwards)
    notes.push('go_backwards reverses time first: the field reaches from the output step forward.');
  return notes.length ? ` ${notes.join(' ')}` : '';
}
