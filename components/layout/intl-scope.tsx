import { NextIntlClientProvider } from 'next-intl';
import { LAYOUT_NAMESPACES, pickMessages } from './client-messages';

export { LAYOUT_NAMESPACES } from './client-messages';

/**
 * Hands the browser's components the messages of `namespaces` (all of them when none is named), with the layout's
 * own, for next-intl's hooks (checkout and the order pages; the catalog's use lib/i18n/client, see
 * client-messages.tsx). Every page otherwise carried the whole catalogue of messages in its payload (about 20 KB)
 * for the few its interactive parts use.
 */
export async function IntlScope({ namespaces, children }: { namespaces?: readonly string[]; children: React.ReactNode }) {
  if (!namespaces) return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
  return <NextIntlClientProvider messages={await pickMessages([...LAYOUT_NAMESPACES, ...namespaces])}>{children}</NextIntlClientProvider>;
}
