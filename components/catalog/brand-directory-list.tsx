import { visibleEntries } from '@/lib/catalog/directory';
import { toSearchable, type BrandFilter } from '@/lib/catalog/filter';
import type { Brand } from '@/lib/cryptorefills';
import { BrandCard } from './brand-card';

const EAGER_LOGOS = 8;

interface Props {
  id: string;
  brands: Brand[];
  country: string;
  filter: BrandFilter;
  showAll: boolean;
}

/**
 * Every brand of the country, rendered on the server. The filter's first matches are visible before any
 * JavaScript runs; once it does, BrandFilter toggles `hidden` on these items from their data attributes.
 */
export function BrandDirectoryList({ id, brands, country, filter, showAll }: Props) {
  const entries = brands.map(toSearchable);
  const { visible } = visibleEntries(entries, filter, showAll);
  let eager = EAGER_LOGOS;
  return (
    <ul id={id} className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {brands.map((brand, index) => {
        const entry = entries[index]!;
        const shown = visible[index] === true;
        return (
          <li
            key={brand.id ?? brand.name}
            data-name={entry.name}
            data-kind={entry.kind}
            data-categories={entry.categories.join(' ')}
            hidden={!shown}
          >
            <BrandCard brand={brand} country={country} priority={shown && eager-- > 0} />
          </li>
        );
      })}
    </ul>
  );
}
