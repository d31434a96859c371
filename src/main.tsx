import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { ErrorBoundary } from './ui/components/ErrorBoundary';
import { usePlayground } from './ui/store';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root"');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary
      what="the playground"
      onReset={() => usePlayground.getState().reset()}
      resetLabel="Reset to keras-tcn defaults"
    >
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
