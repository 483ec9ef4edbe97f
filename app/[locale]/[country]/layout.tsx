import { notFound } from 'next/navigation';
import { CountryNav } from '@/components/layout/country-nav';
import { ClientMessages } from '@/components/layout/client-messages';
import { RememberCountry } from '@/components/layout/remember-country';
import { toCountryCode } from '@/lib/countries';

export default async function CountryLayout({ children, params }: LayoutProps<'/[locale]/[country]'>) {
  const country = toCountryCode((await params).country);
  // proxy.ts upper-cases supported codes, so anything else here is not a country we sell in.
  if (!country || country !== (await params).country) notFound();
  return (
    <>
      <CountryNav country={country} />
      <RememberCountry country={country} />
      <ClientMessages namespaces={['catalog', 'brandPage']}>{children}</ClientMessages>
    </>
  );
}
