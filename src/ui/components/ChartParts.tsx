// Pieces the charts and the gradient panel share: a throttled view of the store, a plain
// legend, and number formats for axes and tooltips.
import { useEffect, useRef, useState } from 'react';
import { usePlaygroundStore, type PlaygroundState } from '../store';
import { formatNorm } from './Sparkline';

/** How often the pictures that grow with every step redraw while training runs. */
export const REDRAW_MS = 500;

/**
 * A slice of the store, updated at most once every `ms` (the latest value wins, so the last
 * step is always drawn). The component does not re-render for store changes in between.
 * `selector` must be a stable function (module level).
 */
export function useThrottledStore<T>(selector: (state: PlaygroundState) => T, ms: number): T {
  const store = usePlaygroundStore();
  const [value, setValue] = useState(() => selector(store.getState()));
  const shown = useRef(value);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const show = () => {
      timer = null;
      last = performance.now();
      const next = selector(store.getState());
      if (Object.is(next, shown.current)) return;
      shown.current = next;
      setValue(next);
    };
    const unsubscribe = store.subscribe((state) => {
      if (timer || Object.is(selector(state), shown.current)) return;
      timer = setTimeout(show, Math.max(0, last + ms - performance.now()));
    });
    // The store may have changed between the first render and this subscription.
    show();
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [store, selector, ms]);
  return value;
}

/** Axis ticks: as short as the value allows. */
export const tick = (v: number) =>
  v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e4)
    ? v.toExponential(1)
    : String(Number(v.toPrecision(3)));
export const tooltipValue = (v: unknown) => (typeof v === 'number' ? formatNorm(v) : String(v));

export interface LegendItem {
  label: string;
  color: string;
  dashed?: boolean;
}

/** A plain HTML legend (recharts' own measures itself on every redraw). */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <span
            className={item.dashed ? 'chart-key chart-key-dashed' : 'chart-key'}
            style={{ borderColor: item.color }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
