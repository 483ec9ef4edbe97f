'use client';

// Whether the browser is online, for the order page's note on how it keeps itself current: "offline" while
// the network is gone, "back" once it has returned (the feed then catches up by itself), else "online".
import { useState, useSyncExternalStore } from 'react';

export type Connection = 'online' | 'offline' | 'back';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useConnection(): Connection {
  // The server renders as online; the browser's own answer follows at hydration.
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  const [lost, setLost] = useState(false);
  // Derived during render (React's pattern for state that follows a value): once lost, it says when it is back.
  if (!online && !lost) setLost(true);
  return !online ? 'offline' : lost ? 'back' : 'online';
}
