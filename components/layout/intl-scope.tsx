import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/** Message namespaces the browser needs on every page: the header's cart and language switch, the error screen. */
export const LAYOUT_NAMESPACES = ['site', 'errors'] as const;

/**
 * Hands the browser's components the messages of `namespaces` (all of them when none is named), with the layout's
 * own. Every page otherwise carried the whole catalogue of messages in its payload (about 20 KB) for the few its
 * interactive parts use.
 */
export async function IntlScope({ namespaces, children }: { namespaces?: readonly string[]; children: React.ReactNode }) {
  if (!namespaces) return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
  const all = await getMessages();
  const picked = Object.fromEntries([...LAYOUT_NAMESPACES, ...namespaces].filter((name) => name in all).map((name) => [name, all[name]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
