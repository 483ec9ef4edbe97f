import type { Metadata } from 'next';
import { CountryHome, countryHomeMetadata } from './country-home';

// One shared page per country and language, rendered on the first visit and again after each revalidation window
// (the catalog's own, lib/cryptorefills/constants.ts; its payment methods make it 60 s). A visitor trying again after
// upstream trouble gets `_query/`, rendered afresh (lib/routing/page-route.ts).
export const revalidate = 300;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: PageProps<'/[locale]/[country]'>): Promise<Metadata> {
  return countryHomeMetadata((await params).country);
}

export default async function CountryHomePage({ params }: PageProps<'/[locale]/[country]'>) {
  return <CountryHome country={(await params).country} />;
}
