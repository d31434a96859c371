// The network picture's key: the heatmap's colour scale in decades, and the looks that are not
// colours of the scale (no gradient, not finite, no step yet).
import { useTranslation } from 'react-i18next';
import { VIRIDIS_CSS } from '../gradients/GradientHeatmap';

export function NetworkLegend({ range }: { range: { lo: number; hi: number } | null }) {
  const { t } = useTranslation();
  return (
    <div className="network-legend">
      <span className="legend-scale">
        <span>log10 ‖g‖ {range ? range.lo : '…'}</span>
        <span className="legend-bar" style={{ background: VIRIDIS_CSS }} aria-hidden="true" />
        <span>{range ? range.hi : '…'}</span>
      </span>
      <span className="legend-item">
        <span className="legend-swatch legend-missing" aria-hidden="true" />{' '}
        {t('gradients.status.noGradient')}
      </span>
      <span className="legend-item">
        <span className="legend-swatch legend-nonfinite" aria-hidden="true" />{' '}
        {t('gradients.status.notFinite')}
      </span>
      <span className="legend-item">
        <span className="legend-swatch legend-pending" aria-hidden="true" />{' '}
        {t('gradients.status.noStepYet')}
      </span>
    </div>
  );
}
