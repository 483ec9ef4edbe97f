import type { OrderDelivery } from '@/lib/cryptorefills/types';
import { deliveryTitle } from '@/lib/order-display/format';

/**
 * The order's lines, each with its recipient when the order carries one (a visitor's redacted copy does not).
 * No hooks: it renders in the order page's client tree and in the receipt's server tree alike.
 */
export function OrderItems({ deliveries, recipientLabel }: { deliveries: OrderDelivery[]; recipientLabel: (recipient: string) => string }) {
  return (
    <ul className="flex flex-col gap-2">
      {deliveries.map((delivery, index) => {
        const d = delivery.deliverable;
        return (
          <li key={delivery.id ?? index}>
            {deliveryTitle(d)}
            {d?.recipient ? <span className="block text-sm text-muted">{recipientLabel(d.recipient)}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
