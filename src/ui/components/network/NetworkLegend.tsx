// The network picture's key: the heatmap's colour scale in decades, and the looks that are not
// colours of the scale (no gradient, not finite, no step yet).
import { VIRIDIS_CSS } from '../gradients/GradientHeatmap';

export function NetworkLegend({ range }: { range: { lo: number; hi: number } | null }) {
  return (
    <div className="network-legend">
      <span className="legend-scale">
        <span>log10 ‖g‖ {range ? range.lo : '…'}</span>
        <span className="legend-bar" style={{ background: VIRIDIS_CSS }} aria-hidden="true" />
        <span>{range ? range.hi : '…'}</span>
      </span>
      <span className="legend-item">
        <span className="legend-swatch legend-missing" aria-hidden="true" /> no gradient
      </span>
      <span className="legend-item">
        <span className="legend-swatch legend-nonfinite" aria-hidden="true" /> not finite
      </span>
      <span className="legend-item">
        <span className="legend-swatch legend-pending" aria-hidden="true" /> no step yet
      </span>
    </div>
  );
}
