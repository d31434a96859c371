import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_CONFIG } from './config/playgroundConfig';
import { App } from './ui/App';
import { ErrorBoundary } from './ui/components/layout/ErrorBoundary';
import { PlaygroundProvider, createPlaygroundStore } from './ui/store';
import { CurrentLinkContext } from './ui/linkContext';
import { startUrlSync } from './ui/urlSync';
import { startLanguageSync } from './ui/language';
import { createTrainingClient } from './worker/trainingClient';
import { createTableReader } from './worker/tableReader';
import { fetchPresetText } from './ui/seriesAssets';
import { startServiceWorker } from './offline/serviceWorker';
import { I18nextProvider } from 'react-i18next';
import { currentLanguage, i18n, t } from './i18n/core';
import './i18n/languages';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root"');

const store = createPlaygroundStore({
  createClient: createTrainingClient,
  readTable: createTableReader(),
  fetchPreset: fetchPresetText,
  language: currentLanguage,
});
startLanguageSync(
  store,
  new URLSearchParams(window.location.hash.slice(1)).get('lang') ?? undefined,
);
const urlSync = startUrlSync(store);
store.startTraining();
void startServiceWorker({
  canReloadNow: () => store.getState().training.step === 0 && !store.getState().training.running,
  notify: (text) => store.getState().notify(text),
});

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary
        what={() => t('app.parts.playground')}
        onReset={() => store.getState().load(DEFAULT_CONFIG)}
        resetLabel={() => t('app.crash.resetPlayground')}
      >
        <PlaygroundProvider store={store}>
          <CurrentLinkContext.Provider value={urlSync.currentLink}>
            <App />
          </CurrentLinkContext.Provider>
        </PlaygroundProvider>
      </ErrorBoundary>
    </I18nextProvider>
  </StrictMode>,
);
