// "Open full playground ↗" of the embedded page: a new tab with the whole playground in the state
// the frame shows, i.e. the current link without `embed`.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutEmbed } from '../../embedLink';
import { useCurrentLink } from '../../linkContext';
import { usePlayground } from '../../store';
import { fragmentOf } from '../../urlSync';

export function OpenFullLink() {
  const { t } = useTranslation();
  const currentLink = useCurrentLink();
  // Rendered from the store (the link urlSync writes for it), so that it follows every change;
  // at the click the address bar's own link (written first if an edit waits) replaces it.
  const fragment = usePlayground((s) => fragmentOf(s));
  const { origin, pathname, search } = window.location;
  const href = withoutEmbed(`${origin}${pathname}${search}${fragment}`);
  const refresh = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = withoutEmbed(currentLink());
  };
  return (
    <a
      className="embed-open-full"
      data-testid="open-full"
      href={href}
      target="_blank"
      rel="noopener"
      onClick={refresh}
      onAuxClick={refresh}
      onContextMenu={refresh}
      title={t('app.openFull.title')}
    >
      {t('app.openFull.label')} <span aria-hidden="true">↗</span>
      <span className="visually-hidden"> {t('app.openFull.newTab')}</span>
    </a>
  );
}
