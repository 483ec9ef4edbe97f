'use client';

import { createContext, useContext } from 'react';

/** The part of the site configuration client components need; public by nature. */
export interface PublicSite {
  name: string;
  supportEmail: string;
  supportUrl: string | undefined;
}

const SiteContext = createContext<PublicSite | null>(null);

export function SiteProvider({ site, children }: { site: PublicSite; children: React.ReactNode }) {
  return <SiteContext.Provider value={site}>{children}</SiteContext.Provider>;
}

export function useSite(): PublicSite {
  const site = useContext(SiteContext);
  if (!site) throw new Error('useSite() needs a <SiteProvider> above it (app/layout.tsx)');
  return site;
}
