import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_CONFIG } from './config/playgroundConfig';
import { App } from './ui/App';
import { ErrorBoundary } from './ui/components/ErrorBoundary';
import { connectTrainingClient, startTraining, usePlayground } from './ui/store';
import { startUrlSync } from './ui/urlSync';
import { createTrainingClient } from './worker/trainingClient';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root"');

connectTrainingClient(createTrainingClient);
startUrlSync();
startTraining();

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary
      what="the playground"
      onReset={() => usePlayground.getState().load(DEFAULT_CONFIG)}
      resetLabel="Reset to the playground's defaults"
    >
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
