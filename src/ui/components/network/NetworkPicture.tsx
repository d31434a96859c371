// The network picture: the TCN as keras-tcn builds it, every trainable variable a mark coloured
// by its live log10 gradient norm (the heatmap's scale), a variable that can get no gradient
// hatched from the start, the discarded residual output drawn as discarded. Hover, focus or tap
// a mark for its readout; arrow keys move between marks. Layout: networkLayout.ts.
import { BaselineNote } from './BaselineNote';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { t as translate } from '../../../i18n/core';
import type { TcnConfig } from '../../../engine/config';
import { outputChannels } from '../../../engine/config';
import { taskInfo, type TaskParams } from '../../../tasks/tasks';
import type { VariableInfo } from '../../../worker/protocol';
import { usePlayground, type PlaygroundState } from '../../store';
import { readVariables, type VariableReading } from '../../variableStatus';
import { REDRAW_MS, useThrottledStore } from '../charts/ChartParts';
import { decadeRange, viridis } from '../gradients/GradientHeatmap';
import { formatNorm, logOf } from '../gradients/Sparkline';
import { layoutNetwork, type HeadShapes, type Mark } from './networkLayout';
import { NetworkLegend } from './NetworkLegend';
import { MarkReadout } from './MarkReadout';
import { useElementWidth } from '../layout/useElementWidth';

const selectTraining = (s: PlaygroundState) => s.training;

/** The Dense head's shapes: from the task when it is valid, else from the worker's report. */
function headShapes(
  config: TcnConfig,
  task: TaskParams | null,
  variables: VariableInfo[],
): HeadShapes {
  const channels = outputChannels(config);
  let outputs: number | null = null;
  try {
    if (task) outputs = taskInfo(task).outputDim;
  } catch {
    outputs = null;
  }
  outputs ??= variables.find((v) => v.name === 'dense/bias')?.shape[0] ?? null;
  return outputs === null
    ? { kernel: [channels, 0], bias: [0] }
    : { kernel: [channels, outputs], bias: [outputs] };
}

/** A mark's fill: the scale's colour, or the missing/non-finite/pending look. */
function fillOf(reading: VariableReading, range: { lo: number; hi: number } | null): string {
  switch (reading.status) {
    case 'missing':
      return 'url(#net-hatch)';
    case 'nonfinite':
      return '#b91c1c';
    case 'pending':
      return '#ffffff';
    case 'ok': {
      const l = logOf(reading.norm);
      if (l === null || !range) return '#9ca3af';
      return viridis((l - range.lo) / (range.hi - range.lo));
    }
  }
}

export function describeReading(mark: Mark, reading: VariableReading): string {
  const what =
    reading.status === 'ok'
      ? `‖g‖ ${reading.norm === null ? '—' : formatNorm(reading.norm)}`
      : reading.status === 'missing'
        ? translate('gradients.status.noGradient')
        : reading.status === 'nonfinite'
          ? translate('gradients.network.gradientNotFinite')
          : translate('gradients.status.noStepYet');
  return translate('gradients.network.markLabel', {
    name: mark.name,
    shape: mark.shape.join(', '),
    reading: what,
  });
}

export function NetworkPicture() {
  const { t, i18n } = useTranslation();
  const model = usePlayground((s) => s.model);
  const stale = usePlayground((s) => s.stale);
  // A recurrent baseline trains: the TCN drawn is only what it is matched to.
  const baseline = usePlayground((s) => (s.config?.train.model ?? 'tcn') !== 'tcn');
  const task = usePlayground((s) => s.config?.task ?? null);
  const classroom = usePlayground((s) => s.view.classroom === true);
  const { variables, latest, history } = useThrottledStore(selectTraining, REDRAW_MS);
  const { ref, width } = useElementWidth(560, 240);
  const font = classroom ? 16 : 13;
  const head = headShapes(model.config, task, variables);
  const headKey = `${head.kernel.join('x')}`;
  const layout = useMemo(
    () => layoutNetwork(model.config, head, { width, font }),
    // `head` is rebuilt every render; its shape (headKey) is what matters. The labels are in
    // the current language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model.config, headKey, width, font, i18n.language],
  );
  const unreachable = useMemo(
    () => new Set(model.reachability.unreachable.map((u) => u.name)),
    [model.reachability],
  );
  const readings = readVariables(
    layout.marks.map((m) => m.name),
    variables,
    latest,
    unreachable,
  );
  const range = useMemo(() => decadeRange(history.gradNorms), [history.gradNorms]);
  const [chosen, setChosen] = useState(0);
  const current = Math.min(chosen, layout.marks.length - 1);
  const markRefs = useRef<(SVGRectElement | null)[]>([]);

  const move = (event: KeyboardEvent, index: number) => {
    const keys: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: layout.marks.length - 1,
    };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = Math.max(0, Math.min(layout.marks.length - 1, next));
    setChosen(target);
    markRefs.current[target]?.focus();
  };

  return (
    <figure
      className={`network${stale ? ' stale' : ''}${baseline ? ' network-idle' : ''}`}
      data-testid="network"
      aria-labelledby="network-title"
    >
      <figcaption id="network-title" className="network-title">
        {t('gradients.network.title')}
      </figcaption>
      <BaselineNote />
      <div className="network-scroll" ref={ref}>
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={t('gradients.network.label', {
            blocks: model.config.dilations.length * model.config.nb_stacks,
            variables: layout.marks.length,
          })}
          style={{ fontSize: font }}
        >
          <defs>
            <pattern id="net-hatch" width="5" height="5" patternUnits="userSpaceOnUse">
              <rect width="5" height="5" fill="#fff7e6" />
              <path d="M0,5L5,0M-1,1L1,-1M4,6L6,4" stroke="#b45309" strokeWidth="1.4" />
            </pattern>
          </defs>
          {layout.boxes.map((b, i) => (
            <rect
              key={`b${i}`}
              className={`net-box net-box-${b.kind}`}
              x={b.x}
              y={b.y}
              width={b.width}
              height={b.height}
              rx={4}
            />
          ))}
          {layout.paths.map((p, i) => (
            <path key={`p${i}`} className={`net-path net-path-${p.kind}`} d={p.d} />
          ))}
          {layout.circles.map((c, i) => (
            <g key={`c${i}`} className="net-node">
              <circle cx={c.x} cy={c.y} r={c.r} />
              {c.text && (
                <text x={c.x} y={c.y} textAnchor="middle" dominantBaseline="central">
                  {c.text}
                </text>
              )}
            </g>
          ))}
          {layout.texts.map((t, i) => (
            <text
              key={`t${i}`}
              className={`net-text net-text-${t.kind}`}
              x={t.x}
              y={t.y}
              textAnchor={t.anchor}
              dominantBaseline="central"
            >
              {t.text}
            </text>
          ))}
          {layout.marks.map((m, i) => (
            <rect
              key={m.name}
              ref={(el) => {
                markRefs.current[i] = el;
              }}
              data-testid="net-var"
              data-variable={m.name}
              data-status={readings[i].status}
              className={`net-var net-var-${readings[i].status}${i === current ? ' chosen' : ''}`}
              x={m.x}
              y={m.y}
              width={m.size}
              height={m.size}
              rx={2}
              fill={fillOf(readings[i], range)}
              role="button"
              tabIndex={i === current ? 0 : -1}
              aria-label={describeReading(m, readings[i])}
              onFocus={() => setChosen(i)}
              onMouseEnter={() => setChosen(i)}
              onClick={() => setChosen(i)}
              onKeyDown={(e) => move(e, i)}
            />
          ))}
        </svg>
      </div>
      <NetworkLegend range={range} />
      {layout.marks[current] && (
        <MarkReadout mark={layout.marks[current]} reading={readings[current]} />
      )}
    </figure>
  );
}
