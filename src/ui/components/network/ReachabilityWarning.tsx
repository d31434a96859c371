// The callout beside the network picture when some trainable variables can never receive a
// gradient: which layer, why (said once per layer, not once per variable), what Keras prints,
// and one button per fix. Applying a fix leaves focus on the play/pause toggle.
import { Trans, useTranslation } from 'react-i18next';
import type { Reachability, Unreachable } from '../../../engine/reachability';
import type { TcnConfig } from '../../../engine/config';
import { usePlayground } from '../../store';
import { kerasWarning } from '../gradients/MissingGradientExplainer';

interface Props {
  reachability: Reachability;
  onFix: (change: Partial<TcnConfig>) => void;
}

export interface ModuleReason {
  /** e.g. "tcn/residual_block_0/matching_conv1D" */
  module: string;
  /** e.g. ["kernel", "bias"] */
  roles: string[];
  reason: string;
}

/** The unreachable variables grouped by the layer that holds them, in keras-tcn's order. */
export function byModule(unreachable: readonly Unreachable[]): ModuleReason[] {
  const groups = new Map<string, ModuleReason>();
  for (const u of unreachable) {
    const cut = u.name.lastIndexOf('/');
    const module = u.name.slice(0, cut);
    const group = groups.get(module) ?? { module, roles: [], reason: u.reason };
    group.roles.push(u.name.slice(cut + 1));
    groups.set(module, group);
  }
  return [...groups.values()];
}

/** Puts focus where the user goes next after a fix: the play/pause toggle. */
export function focusPlayToggle() {
  requestAnimationFrame(() => document.getElementById('play-toggle')?.focus());
}

export function ReachabilityWarning({ reachability, onFix }: Props) {
  const { t } = useTranslation();
  const { unreachable, fixes } = reachability;
  if (unreachable.length === 0) return null;
  return (
    <section className="warning" aria-labelledby="warning-title" data-testid="dead-callout">
      <h2 id="warning-title">
        <span aria-hidden="true">⚠ </span>
        {t('gradients.network.warning.title', { count: unreachable.length })}
      </h2>
      {byModule(unreachable).map((g) => (
        <p key={g.module} className="reason">
          <Trans
            t={t}
            i18nKey="gradients.network.warning.reason"
            values={{
              module: g.module.replace(/^tcn\//, ''),
              roles: g.roles.join(', '),
              reason: g.reason,
            }}
            components={{ code: <code /> }}
          />
        </p>
      ))}
      <p className="keras-says">
        <Trans
          t={t}
          i18nKey="gradients.network.warning.kerasSays"
          values={{ warning: kerasWarning(unreachable.map((u) => u.name)) }}
          components={{ q: <q translate="no" /> }}
        />
      </p>
      {fixes.length > 0 ? (
        <ul className="fixes" aria-label={t('gradients.network.warning.fixes')}>
          {fixes.map((fix) => (
            <li key={fix.label}>
              <button
                type="button"
                data-testid="grad-fix"
                title={fix.effect}
                onClick={() => {
                  onFix(fix.change);
                  focusPlayToggle();
                }}
              >
                {fix.label}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('gradients.network.warning.noFix')}</p>
      )}
    </section>
  );
}

/** The callout for the network on screen (none while the settings cannot build one). */
export function DeadVariableCallout() {
  const reachability = usePlayground((s) => s.model.reachability);
  const stale = usePlayground((s) => s.stale);
  const applyFix = usePlayground((s) => s.applyFix);
  if (stale) return null;
  return <ReachabilityWarning reachability={reachability} onFix={applyFix} />;
}
