import type { Metadata } from 'next';
import { brandMetadata, BrandView } from '../brand-view';

// A brand page in another coin or with a choice made (`/US/steam?coin=USDT&denomination=50`, sent here by
// proxy.ts): rendered per request, so a shared link shows the same choice before JavaScript loads.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/[country]/[brand]/_query'>): Promise<Metadata> {
  const { country, brand } = await params;
  return brandMetadata(country, brand);
}

export default async function PricedBrandPage({ params, searchParams }: PageProps<'/[locale]/[country]/[brand]/_query'>) {
  const { country, brand } = await params;
  return <BrandView country={country} brand={brand} query={await searchParams} />;
}
