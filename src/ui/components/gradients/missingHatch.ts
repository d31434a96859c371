// The heatmap's look for a step without a gradient: amber hatching, which no colour of the scale
// can be mistaken for.
const MISSING_BG = '#fff7e6';
const MISSING_STRIPE = '#d97706';

const hatches = new WeakMap<CanvasRenderingContext2D, CanvasPattern | string>();

/** The hatching for missing gradients, made once per canvas. */
export function hatch(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  let pattern = hatches.get(ctx);
  if (!pattern) {
    pattern = makeHatch(ctx);
    hatches.set(ctx, pattern);
  }
  return pattern;
}

function makeHatch(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 6;
  tile.height = 6;
  const t = tile.getContext('2d');
  if (!t) return MISSING_STRIPE;
  t.fillStyle = MISSING_BG;
  t.fillRect(0, 0, 6, 6);
  t.strokeStyle = MISSING_STRIPE;
  t.lineWidth = 1.5;
  t.beginPath();
  t.moveTo(0, 6);
  t.lineTo(6, 0);
  t.moveTo(-1, 1);
  t.lineTo(1, -1);
  t.moveTo(5, 7);
  t.lineTo(7, 5);
  t.stroke();
  return ctx.createPattern(tile, 'repeat') ?? MISSING_STRIPE;
}
