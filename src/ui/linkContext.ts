// How a component gets the link of the screen (urlSync's currentLink, handed in by main.tsx), so
// that no module keeps the URL sync in a variable of its own. Without a provider (a component
// rendered on its own), the address bar is the link.
import { createContext, useContext } from 'react';

export const CurrentLinkContext = createContext<() => string>(() => window.location.href);

export const useCurrentLink = () => useContext(CurrentLinkContext);
