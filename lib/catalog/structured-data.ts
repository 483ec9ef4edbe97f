// schema.org Product data for a brand page, as a string safe to place inside <script type="application/ld+json">.
import type { BrandOffer } from './products';

interface ProductJsonLdInput {
  name: string;
  image?: string;
  coin: string;
  offers: readonly BrandOffer[];
}

export function productJsonLd({ name, image, coin, offers }: ProductJsonLdInput): string {
  const prices = offers
    .flatMap((offer) => offer.fixed.map((choice) => Number(choice.coinAmount)))
    .filter((n) => Number.isFinite(n) && n > 0);
  const inStock = offers.some((offer) => !offer.outOfStock);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name,
    ...(image ? { image } : {}),
    brand: { '@type': 'Brand', name },
    ...(prices.length > 0
      ? {
          offers: {
            '@type': 'AggregateOffer',
            priceCurrency: coin,
            lowPrice: Math.min(...prices),
            highPrice: Math.max(...prices),
            offerCount: prices.length,
            availability: inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
          },
        }
      : {}),
  };
  // "</script>" inside a brand name must not end the element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
