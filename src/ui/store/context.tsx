// How components reach the store: main.tsx wraps the page in <PlaygroundProvider store={…}>,
// components select with usePlayground(selector) and, outside rendering, use the store itself
// (getState, subscribe) from usePlaygroundStore().
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PlaygroundStore } from './index';
import type { PlaygroundState } from './types';

const PlaygroundContext = createContext<PlaygroundStore | null>(null);

export function PlaygroundProvider({
  store,
  children,
}: {
  store: PlaygroundStore;
  children?: ReactNode;
}) {
  return <PlaygroundContext.Provider value={store}>{children}</PlaygroundContext.Provider>;
}

/** The store of the enclosing <PlaygroundProvider>. */
export function usePlaygroundStore(): PlaygroundStore {
  const store = useContext(PlaygroundContext);
  if (!store) throw new Error('usePlayground is used outside <PlaygroundProvider>');
  return store;
}

/** A slice of the state; the component re-renders when it changes. */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return useStore(usePlaygroundStore(), selector);
}
