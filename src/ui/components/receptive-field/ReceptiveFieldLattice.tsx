// The network as a lattice: time steps across, the input and every dilated convolution up the
// page. Pointing at an output step lights every node and connection that reaches it; so does
// moving the chosen output step with the arrow keys (the lattice is a slider over output steps).
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TcnConfig } from '../../../engine/config';
import { convPadding, influence } from '../../../engine/receptiveField';

/** More steps than this are drawn as a window ending at the chosen output step. */
const MAX_DRAWN_STEPS = 96;

interface Props {
  config: TcnConfig;
  seqLen: number;
  /** Optional measured |∂y_t/∂x_s| per input step (same length as seqLen), drawn under the lattice. */
  measured?: number[] | null;
  /** Called with the output step a user clicks, e.g. to measure its gradients. */
  onSelect?: (step: number) => void;
  /** The effective field's spans (processed order), drawn as bands behind the measured bars. */
  spans?: { fraction: number; from: number; to: number }[] | null;
}

export function ReceptiveFieldLattice({ config, seqLen, measured, onSelect, spans }: Props) {
  const { t } = useTranslation();
  const fixedStep = config.return_sequences
    ? null
    : config.padding === 'causal'
      ? seqLen - 1
      : Math.floor(seqLen / 2);
  const [chosen, setChosen] = useState<number>(seqLen - 1);
  const readoutId = useId();
  const outputStep = fixedStep ?? Math.min(chosen, seqLen - 1);
  const result = useMemo(() => influence(config, seqLen, outputStep), [config, seqLen, outputStep]);

  const window = windowAround(seqLen, outputStep, config.padding);
  const steps = window.end - window.start;
  const levels = result.levels;
  const width = 760;
  const left = 150;
  const cell = (width - left - 10) / steps;
  const rowGap = Math.max(22, Math.min(40, 320 / levels.length));
  const top = 24;
  const height = top + levels.length * rowGap + (measured ? 70 : 20);
  const xOf = (s: number) => left + (s - window.start + 0.5) * cell;
  // Level 0 (input) at the bottom, the last convolution at the top.
  const yOf = (level: number) => top + (levels.length - 1 - level) * rowGap;
  const radius = Math.max(1.6, Math.min(5, cell / 2.6));

  // One path per level rather than one element per connection: a large kernel has thousands of
  // connections, and drawing each as its own element held the main thread for 100 ms and more
  // every time the pointer chose another output step.
  const edgePaths: string[] = [];
  for (let level = 1; level < levels.length; level++) {
    const block = Math.floor((level - 1) / 2);
    const dilation = config.dilations[block % config.dilations.length];
    const [padLeft] = convPadding(config.kernel_size, dilation, config.padding);
    const parts: string[] = [];
    // The first conv of a block reads the block's input: the previous block's output level.
    levels[level].steps.forEach((on, s) => {
      if (!on || s < window.start || s >= window.end) return;
      for (let j = 0; j < config.kernel_size; j++) {
        const src = s - padLeft + j * dilation;
        if (src < 0 || src >= seqLen || !levels[level - 1].steps[src]) continue;
        parts.push(
          `M${xOf(s).toFixed(1)} ${yOf(level).toFixed(1)}L${xOf(clamp(src, window)).toFixed(1)} ${yOf(level - 1).toFixed(1)}`,
        );
      }
    });
    if (parts.length) edgePaths.push(parts.join(''));
  }

  const peak = measured ? Math.max(...measured.slice(window.start, window.end), 1e-30) : 1;
  const inputSet = new Set(
    result.inputSteps.map((s) => (config.go_backwards ? seqLen - 1 - s : s)),
  );

  // Pointing highlights; a click (or tap) also asks for a measurement.
  const select = (s: number, confirm: boolean) => {
    if (fixedStep === null) setChosen(s);
    if (confirm) onSelect?.(fixedStep ?? s);
  };

  // The keyboard: arrows move the output step by one, PageUp / PageDown by ten, Home / End to
  // the first / last step; Enter or Space confirms it (as a click does).
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const moves: Record<string, number> = {
      ArrowLeft: outputStep - 1,
      ArrowDown: outputStep - 1,
      ArrowRight: outputStep + 1,
      ArrowUp: outputStep + 1,
      PageDown: outputStep - 10,
      PageUp: outputStep + 10,
      Home: 0,
      End: seqLen - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(outputStep, true);
    } else if (event.key in moves && fixedStep === null) {
      event.preventDefault();
      select(Math.min(seqLen - 1, Math.max(0, moves[event.key])), false);
    }
  };

  const reach = result.inputSteps.length;
  const reachValues = {
    step: outputStep,
    reach,
    seqLen,
    from: result.inputSteps[0],
    to: result.inputSteps[reach - 1],
  };
  const readout = t(
    reach > 0 ? 'receptive.lattice.reached' : 'receptive.lattice.reachedByNone',
    reachValues,
  );
  const interactive = fixedStep === null;
  // The input row has a translated name; the convolutions keep keras-tcn's layer names.
  const levelName = (name: string) => (name === 'input' ? t('receptive.inputLayer') : name);
  const nodeTitle = template(t, 'receptive.lattice.node', ['level', 'step']);
  const reachingNodeTitle = template(t, 'receptive.lattice.nodeReaches', ['level', 'step']);
  const barTitle = template(t, 'receptive.lattice.bar', ['step', 'value']);

  return (
    <figure className="lattice" aria-label={t('receptive.lattice.label')}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        data-testid="lattice-output"
        {...(interactive
          ? {
              tabIndex: 0,
              role: 'slider',
              'aria-label': t('receptive.lattice.sliderLabel'),
              'aria-valuemin': 0,
              'aria-valuemax': seqLen - 1,
              'aria-valuenow': outputStep,
              'aria-valuetext': readout,
              'aria-orientation': 'horizontal' as const,
            }
          : { role: 'img', 'aria-label': readout })}
        aria-describedby={readoutId}
        onKeyDown={interactive ? onKeyDown : undefined}
      >
        {levels.map((level, i) => (
          <text key={level.name} x={4} y={yOf(i) + 4} className="lattice-label">
            {rowLabel(level.name, t)}
          </text>
        ))}
        {edgePaths.map((d, i) => (
          <path key={i} d={d} className="lattice-edge" />
        ))}
        {levels.map((level, i) =>
          Array.from({ length: steps }, (_, k) => {
            const s = window.start + k;
            const on = level.steps[s];
            const isOutput = i === levels.length - 1 && s === outputStep;
            return (
              <circle
                key={`${i}-${s}`}
                cx={xOf(s)}
                cy={yOf(i)}
                r={isOutput ? radius * 1.5 : radius}
                className={
                  isOutput ? 'lattice-node output' : on ? 'lattice-node on' : 'lattice-node'
                }
                onPointerEnter={i === levels.length - 1 ? () => select(s, false) : undefined}
                onClick={i === levels.length - 1 ? () => select(s, true) : undefined}
              >
                <title>{(on ? reachingNodeTitle : nodeTitle)(levelName(level.name), s)}</title>
              </circle>
            );
          }),
        )}
        {measured &&
          spans?.map((span) => {
            const from = Math.max(span.from, window.start);
            const to = Math.min(span.to, window.end - 1);
            if (to < from) return null;
            return (
              <rect
                key={`erf-${span.fraction}`}
                x={xOf(from) - cell / 2}
                y={height - 52}
                width={(to - from + 1) * cell}
                height={46}
                className={`erf-band erf-band-${Math.round(span.fraction * 100)}`}
              >
                <title>
                  {t('receptive.lattice.band', {
                    percent: Math.round(span.fraction * 100),
                    from: span.from,
                    to: span.to,
                  })}
                </title>
              </rect>
            );
          })}
        {measured &&
          Array.from({ length: steps }, (_, k) => {
            const s = window.start + k;
            const h = (measured[s] / peak) * 40;
            return (
              <rect
                key={`m-${s}`}
                x={xOf(s) - cell * 0.4}
                y={height - 8 - h}
                width={cell * 0.8}
                height={h}
                className={inputSet.has(s) ? 'lattice-bar on' : 'lattice-bar'}
              >
                <title>{barTitle(s, measured[s].toExponential(2))}</title>
              </rect>
            );
          })}
        {measured && (
          <text x={4} y={height - 12} className="lattice-label">
            {t('receptive.lattice.measuredRow')}
          </text>
        )}
      </svg>
      <figcaption>
        {interactive && <>{t('receptive.lattice.hint')} </>}
        <span id={readoutId} data-testid="lattice-readout" className="lattice-readout">
          <Trans
            t={t}
            i18nKey={
              reach > 0
                ? 'receptive.lattice.caption.reached'
                : 'receptive.lattice.caption.reachedByNone'
            }
            values={reachValues}
            components={{ strong: <strong /> }}
          />
        </span>
        {steps < seqLen && (
          <>
            {' '}
            {t('receptive.lattice.window', {
              from: window.start,
              to: window.end - 1,
              seqLen,
            })}
          </>
        )}
        {config.go_backwards && <> {t('receptive.lattice.goBackwards')}</>}
      </figcaption>
    </figure>
  );
}

/**
 * The text of `key` as a function of its values, for texts filled in thousands of times a
 * render (a title per node, redrawn as the pointer moves): i18next's interpolation costs tens of
 * microseconds a call, so the text is translated once with markers in place of the values.
 */
function template(t: TFunction, key: string, names: string[]) {
  const markers = names.map((_, i) => `\u0000${i}\u0000`);
  const text = t(key, Object.fromEntries(names.map((name, i) => [name, markers[i]])));
  return (...values: (string | number)[]) =>
    values.reduce<string>((out, value, i) => out.replace(markers[i], () => String(value)), text);
}

/** A row's name at the lattice's left: "input", or "block 0/conv1D_0" for keras-tcn's layers. */
function rowLabel(name: string, t: TFunction): string {
  const layer = /^residual_block_(\d+)\/(.+)$/.exec(name);
  if (!layer) return t('receptive.inputLayer');
  return t('receptive.lattice.blockRow', { block: layer[1], conv: layer[2] });
}

function windowAround(seqLen: number, step: number, padding: TcnConfig['padding']) {
  if (seqLen <= MAX_DRAWN_STEPS) return { start: 0, end: seqLen };
  const start =
    padding === 'causal'
      ? Math.max(0, step + 1 - MAX_DRAWN_STEPS)
      : Math.max(0, Math.min(seqLen - MAX_DRAWN_STEPS, step - MAX_DRAWN_STEPS / 2));
  return { start, end: start + MAX_DRAWN_STEPS };
}

function clamp(s: number, window: { start: number; end: number }) {
  return Math.min(window.end - 1, Math.max(window.start, s));
}
