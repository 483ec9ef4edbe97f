import type { Metadata } from 'next';
import { IntlScope } from '@/components/layout/intl-scope';

// Order pages are capabilities (whoever has the link sees the status): never indexed, never a referrer.
export const metadata: Metadata = {
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

export default function OrdersLayout({ children }: { children: React.ReactNode }) {
  // The order pages' interactive parts read only these (the receipt and /orders too); the rest of the catalogue
  // would be parsed by every order page for nothing.
  return <IntlScope namespaces={['order', 'orders', 'walletPay']}>{children}</IntlScope>;
}
