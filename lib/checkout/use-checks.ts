'use client';

import { useEffect, useState } from 'react';
import type { PhoneChecker } from './phone';
import type { RefundAddressChecker } from './refund-field';

/** A check the form loads the first time it is `needed`: undefined until then (the form says it is pending). */
function useLoadedCheck<T extends (...args: never[]) => unknown>(needed: boolean, load: () => Promise<T>): T | undefined {
  const [check, setCheck] = useState<T>();
  useEffect(() => {
    if (!needed || check) return;
    let live = true;
    void load().then((loaded) => {
      if (live) setCheck(() => loaded);
    });
    return () => {
      live = false;
    };
  }, [needed, check, load]);
  return check;
}

/**
 * The refund address checks (lib/wallet/address.ts, ~8 KB gzip of hashes and encodings), loaded the first time the
 * buyer types an address: most buyers never do, and their checkout does not carry them.
 */
export function useRefundChecker(needed: boolean): RefundAddressChecker | undefined {
  return useLoadedCheck(needed, loadRefundChecker);
}
const loadRefundChecker = () => import('@/lib/wallet/address').then((module) => module.checkRefundAddress);

/** The phone checks (./phone.ts, libphonenumber's metadata, ~30 KB gzip), loaded only when the cart has a top-up. */
export function usePhoneChecker(needed: boolean): PhoneChecker | undefined {
  return useLoadedCheck(needed, loadPhoneChecker);
}
const loadPhoneChecker = () => import('./phone').then((module) => module.toE164);
