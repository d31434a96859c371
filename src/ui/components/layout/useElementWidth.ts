import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of an element, followed as it changes, for drawings sized in pixels. The first
 * measurement is taken before the browser paints (a layout effect), so a drawing that mounts
 * mid-run is never shown at `fallback` width: on a phone a 400 px chart in a 354 px column
 * made the whole page scroll sideways for a frame. `fallback` is used only where nothing can
 * be measured (no layout, as in a test renderer); `min` keeps a drawing legible when its box
 * is narrower still.
 */
export function useElementWidth(fallback: number, min = 0) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(min, element.clientWidth || fallback));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback, min]);
  return { ref, width };
}
