// While the settings cannot train, the curves on screen are the last run's, made with other
// settings: they are dimmed and say so, rather than pass for the settings now shown.
import { useTranslation } from 'react-i18next';
import { usePlayground } from '../../store';

/** Whether the curves shown belong to a run whose settings have since been made untrainable. */
export function useLastRunOnly(): boolean {
  return usePlayground((s) => s.config === null && s.training.step > 0);
}

export function LastRunNote() {
  const { t } = useTranslation();
  if (!useLastRunOnly()) return null;
  return (
    <p className="chart-note last-run-note" data-testid="last-run-note">
      {t('charts.lastRun')}
    </p>
  );
}
