import type { Brand } from '@/lib/cryptorefills';
import { toCardBrand, type CardBrand } from '@/lib/search/brand-index';
import { BrandCard } from './brand-card';

/** Logos above the fold load eagerly; the rest lazily. */
const EAGER_LOGOS = 8;

export function BrandGrid({ brands, ...props }: { brands: Brand[]; country: string; outOfStock: string; eager?: number }) {
  return <BrandCardList brands={brands.map(toCardBrand)} {...props} />;
}

/** A grid of cards, on the server or in the browser (the directory's type-ahead results). */
export function BrandCardList({
  id,
  label,
  brands,
  country,
  outOfStock,
  eager = EAGER_LOGOS,
}: {
  id?: string;
  label?: string;
  brands: CardBrand[];
  country: string;
  /** The cards' "out of stock" in the page's language. */
  outOfStock: string;
  eager?: number;
}) {
  return (
    <ul id={id} aria-label={label} className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {brands.map((brand, index) => (
        // Cards off screen skip layout and paint until scrolled to (a directory page holds dozens).
        <li key={`${brand.slug} ${brand.name}`} className="[contain-intrinsic-size:auto_16rem] [content-visibility:auto]">
          <BrandCard brand={brand} country={country} outOfStock={outOfStock} priority={index < eager} />
        </li>
      ))}
    </ul>
  );
}
