import type { Metadata } from 'next';
import { BrandDirectory, directoryMetadata } from '../directory';

// The directory filtered, searched or paged (`/US/brands?q=…`, sent here by proxy.ts): rendered per request, so
// search works before JavaScript loads.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/[country]/brands/_query'>): Promise<Metadata> {
  return directoryMetadata((await params).country);
}

export default async function FilteredDirectoryPage({ params, searchParams }: PageProps<'/[locale]/[country]/brands/_query'>) {
  return <BrandDirectory country={(await params).country} query={await searchParams} />;
}
