import type { Brand } from '@/lib/cryptorefills';
import { BrandCard } from './brand-card';

/** Logos above the fold load eagerly; the rest lazily. */
const EAGER_LOGOS = 8;

export function BrandGrid({ brands, country, eager = EAGER_LOGOS }: { brands: Brand[]; country: string; eager?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {brands.map((brand, index) => (
        <li key={brand.id ?? brand.name}>
          <BrandCard brand={brand} country={country} priority={index < eager} />
        </li>
      ))}
    </ul>
  );
}
