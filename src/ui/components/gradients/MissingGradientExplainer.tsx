// "Why no gradient?": for every variable that got no gradient at the latest step, the engine's
// reason, what Keras would print about it, and the configuration changes that fix it.
import type { Ref } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TcnConfig } from '../../../engine/config';
import type { Reachability } from '../../../engine/reachability';

interface Props {
  /** Full names of the variables without a gradient at the latest step. */
  missing: string[];
  step: number;
  reachability: Reachability;
  onFix: (change: Partial<TcnConfig>) => void;
  /** The section, so that a row's "Why?" can bring it into view. */
  ref?: Ref<HTMLElement>;
}

/**
 * Keras names a variable by its last path component: ".../matching_conv1D/kernel" → "kernel".
 * Quoted as Keras prints it, in every language.
 */
export function kerasWarning(missing: string[]): string {
  const names = missing.map((name) => `'${name.slice(name.lastIndexOf('/') + 1)}'`);
  return `Gradients do not exist for variables [${names.join(', ')}] when minimizing the loss`;
}

export function MissingGradientExplainer({ missing, step, reachability, onFix, ref }: Props) {
  const { t } = useTranslation();
  const reasons = new Map(reachability.unreachable.map((u) => [u.name, u.reason]));
  // After a fix is applied the engine no longer lists them, until the worker sends new steps.
  const outdated = missing.every((name) => !reasons.has(name));
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="grad-explainer"
      data-testid="grad-explainer"
      aria-labelledby="grad-explainer-title"
    >
      <h3 id="grad-explainer-title">{t('gradients.explainer.title')}</h3>
      <p>
        <Trans
          t={t}
          i18nKey="gradients.explainer.intro"
          count={missing.length}
          values={{ step }}
          components={{ strong: <strong /> }}
        />
      </p>
      <pre className="grad-keras" data-testid="grad-keras-warning" translate="no">
        {kerasWarning(missing)}
      </pre>
      <ul className="grad-explainer-reasons">
        {missing.map((name) => (
          <li key={name}>
            <code>{name}</code>
            <span>
              {reasons.get(name) ??
                (outdated
                  ? t('gradients.explainer.outdated')
                  : t('gradients.explainer.unexpected'))}
            </span>
          </li>
        ))}
      </ul>
      {!outdated && reachability.fixes.length > 0 && (
        <>
          <h4>{t('gradients.explainer.fixesTitle')}</h4>
          <ul className="grad-fixes">
            {reachability.fixes.map((fix) => (
              <li key={fix.label}>
                <button type="button" data-testid="grad-fix" onClick={() => onFix(fix.change)}>
                  {fix.label}
                </button>
                <span>{fix.effect}</span>
              </li>
            ))}
          </ul>
          <p className="grad-explainer-note">{t('gradients.explainer.fixNote')}</p>
        </>
      )}
    </section>
  );
}
