// Everything beyond the first screen, one click away under the network picture: WAI-ARIA tabs
// (arrow keys move between them). Every panel stays mounted while hidden, so a panel keeps its
// state (a chosen output step, a pinned run) and the tests can read it without opening it.
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface DetailTab {
  id: string;
  label: string;
  content: ReactNode;
}

export function DetailTabs({ tabs, label }: { tabs: DetailTab[]; label: string }) {
  const [active, setActive] = useState(tabs[0].id);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.id === active),
  );
  const onKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    setActive(tab.id);
    buttons.current.get(tab.id)?.focus();
  };
  return (
    <section className="details" aria-label={label} data-testid="detail-tabs">
      <div className="tab-list" role="tablist" aria-label={label} onKeyDown={onKey}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            data-testid={`tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`tabpanel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== active}
          data-panel={tab.id}
          className="tab-panel"
        >
          {tab.content}
        </div>
      ))}
    </section>
  );
}
