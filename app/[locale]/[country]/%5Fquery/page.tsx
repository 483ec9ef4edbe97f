import type { Metadata } from 'next';
import { CountryHome, countryHomeMetadata } from '../country-home';

// The country home rendered per request: for a visitor trying again after upstream trouble, who must not be served
// the shared page while it may still hold the trouble (lib/routing/page-route.ts).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/[country]/_query'>): Promise<Metadata> {
  return countryHomeMetadata((await params).country);
}

export default async function FreshCountryHomePage({ params }: PageProps<'/[locale]/[country]/_query'>) {
  return <CountryHome country={(await params).country} />;
}
