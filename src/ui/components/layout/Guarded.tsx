// A panel that shows its own error instead of taking the page down with it; its button brings
// back the playground's defaults.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CONFIG } from '../../../config/playgroundConfig';
import { usePlayground } from '../../store';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * A panel that shows its own error instead of taking the page down with it; `what` is the
 * translated name the message gives it.
 */
export function Guarded({ what, children }: { what: string; children: ReactNode }) {
  const { t } = useTranslation();
  const raw = usePlayground((s) => s.raw);
  const load = usePlayground((s) => s.load);
  const loadDefaults = () => load(DEFAULT_CONFIG);
  return (
    <ErrorBoundary
      what={what}
      resetKey={raw}
      onReset={loadDefaults}
      resetLabel={t('app.crash.backToDefaults')}
    >
      {children}
    </ErrorBoundary>
  );
}
