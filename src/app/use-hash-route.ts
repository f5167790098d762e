import { useSyncExternalStore } from 'react';
import type { BaseLocationHook } from 'wouter';
import { splitHash } from './hash-route.ts';

function subscribe(onChange: () => void): () => void {
  addEventListener('hashchange', onChange);
  return () => removeEventListener('hashchange', onChange);
}

const currentPath = () => splitHash(location.hash).path;
const currentSearch = () => splitHash(location.hash).search;

/** Goes to `to` (path and optional `?query`), kept whole in the hash. */
function navigate(to: string, options: { replace?: boolean } = {}): void {
  const oldURL = location.href;
  const url = new URL(oldURL);
  url.hash = to.startsWith('/') ? to : `/${to}`;
  const newURL = url.href;
  history[options.replace === true ? 'replaceState' : 'pushState'](null, '', newURL);
  // pushState fires no hashchange: announce it so every subscriber re-reads at once.
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL }));
}

/** The query part of the hash, for wouter's `useSearch`. */
export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

/** wouter location hook for hash routes whose query stays inside the hash. */
export const useHashRoute: BaseLocationHook = () => [
  useSyncExternalStore(subscribe, currentPath, () => '/'),
  navigate,
];
useHashRoute.searchHook = useHashSearch;
useHashRoute.hrefs = (href: string) => `#${href}`;
