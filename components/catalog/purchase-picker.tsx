'use client';

import type { ComponentProps } from 'react';
import { ProductPicker } from './product-picker';
import { PurchaseActions, type CartContext } from './purchase-actions';

/** The picker with its purchase step: the server page cannot hand a render function to a client component. */
export function PurchasePicker({
  cartContext,
  ...props
}: Omit<ComponentProps<typeof ProductPicker>, 'renderAction'> & { cartContext: CartContext }) {
  return (
    <ProductPicker {...props} renderAction={(picked) => <PurchaseActions picked={picked} offers={props.offers} context={cartContext} />} />
  );
}
