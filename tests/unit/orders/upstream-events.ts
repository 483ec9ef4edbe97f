// The hub's and the relay's tests read upstream events this way: unnamed events as orders, their payload mapped by
// the test (no order schema, so a test can send `{"n":1}`); `stop` and unknown named events as the storefront does
// (lib/cryptorefills' readSseOrderEvent).
import { readSseOrderEvent } from '@/lib/cryptorefills/orders';
import type { UpstreamEvent } from '@/lib/order-stream/hub';

export function readAsIs(map: (data: string) => object): (event: string | undefined, data: string) => UpstreamEvent | null {
  return (event, data) =>
    event === undefined || event === 'message' ? { kind: 'order', value: map(data) } : readSseOrderEvent(event, data);
}
