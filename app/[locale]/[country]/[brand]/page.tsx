import type { Metadata } from 'next';
import { brandMetadata, BrandView } from './brand-view';

// One shared page per brand, country and language, priced in the default coin, rendered on the first visit and
// again after each revalidation window (the catalog's own, lib/cryptorefills/constants.ts); proxy.ts sends a
// page asked for in another coin or with a choice made (`?coin=`, `?denomination=`…) to `_query/`.
export const revalidate = 300;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: PageProps<'/[locale]/[country]/[brand]'>): Promise<Metadata> {
  const { country, brand } = await params;
  return brandMetadata(country, brand);
}

export default async function BrandPage({ params }: PageProps<'/[locale]/[country]/[brand]'>) {
  const { country, brand } = await params;
  return <BrandView country={country} brand={brand} query={{}} />;
}
