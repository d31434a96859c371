// "Examples": a menu of ready-made configurations (src/ui/presets.ts); choosing one replaces every setting.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { parseFragment } from '../../../config/playgroundConfig';
import { PRESETS, type Preset } from '../../presets';
import { usePlayground } from '../../store';

const GROUPS: { group: Preset['group']; titleKey: string }[] = [
  { group: 'seed case', titleKey: 'app.examples.groups.seedCase' },
  { group: 'lessons', titleKey: 'app.examples.groups.lessons' },
  { group: 'paper', titleKey: 'app.examples.groups.paper' },
];

export function Presets() {
  const { t } = useTranslation();
  const load = usePlayground((s) => s.load);
  const menu = useRef<HTMLDetailsElement>(null);
  // Closes on a click elsewhere or on Escape, as a menu does.
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !details.contains(event.target as Node)
      ) {
        details.open = false;
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  const choose = (preset: Preset) => {
    load(parseFragment(preset.fragment).config);
    const details = menu.current;
    if (!details) return;
    details.open = false;
    // The chosen item is hidden with the menu: focus goes back to the menu's button.
    details.querySelector('summary')?.focus();
  };
  return (
    <details className="presets" ref={menu} data-testid="presets">
      <summary>{t('app.examples.label')}</summary>
      <div className="presets-menu">
        {GROUPS.map(({ group, titleKey }) => (
          <section key={group} aria-label={t(titleKey)}>
            <h3>{t(titleKey)}</h3>
            <ul>
              {PRESETS.filter((p) => p.group === group).map((preset) => (
                <li key={preset.id}>
                  <button type="button" data-preset={preset.id} onClick={() => choose(preset)}>
                    <span className="preset-name">{preset.name}</span>
                    <span className="preset-description">{preset.description}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </details>
  );
}
