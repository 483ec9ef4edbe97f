import { getLocale, getMessages } from 'next-intl/server';
import { ClientIntl, type Messages } from '@/lib/i18n/client';

/** Message namespaces the browser needs on every page: the header's cart and language switch, the error screen. */
export const LAYOUT_NAMESPACES = ['site', 'errors'] as const;

/** The messages of `namespaces` in the request's language. */
export async function pickMessages(namespaces: readonly string[]): Promise<Messages> {
  const all = await getMessages();
  return Object.fromEntries(namespaces.filter((name) => name in all).map((name) => [name, all[name]])) as Messages;
}

/**
 * Hands lib/i18n/client's hooks (the layout's and the catalog pages' client components) the messages of
 * `namespaces`, added to those of the scope above: the layout's hands LAYOUT_NAMESPACES to every page. Apart from
 * intl-scope.tsx (next-intl's provider, for checkout and the order pages) so that a catalog page does not ship it.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  return (
    <ClientIntl locale={await getLocale()} messages={await pickMessages(namespaces)}>
      {children}
    </ClientIntl>
  );
}
