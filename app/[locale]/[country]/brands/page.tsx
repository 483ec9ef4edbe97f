import type { Metadata } from 'next';
import { BrandDirectory, directoryMetadata } from './directory';

// One shared page per country and language, rendered on the first visit and again after each revalidation window
// (the catalog's own, lib/cryptorefills/constants.ts); proxy.ts sends a filtered or later page to `_query/`.
export const revalidate = 300;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: PageProps<'/[locale]/[country]/brands'>): Promise<Metadata> {
  return directoryMetadata((await params).country);
}

export default async function BrandDirectoryPage({ params }: PageProps<'/[locale]/[country]/brands'>) {
  return <BrandDirectory country={(await params).country} query={{}} />;
}
