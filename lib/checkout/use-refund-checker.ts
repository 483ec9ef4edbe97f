'use client';

import { useEffect, useState } from 'react';
import type { RefundAddressChecker } from './refund-field';

/**
 * The refund address checks (lib/wallet/address.ts, ~8 KB gzip of hashes and encodings), loaded the first time the
 * buyer types an address: most buyers never do, and their checkout does not carry them.
 */
export function useRefundChecker(needed: boolean): RefundAddressChecker | undefined {
  const [check, setCheck] = useState<RefundAddressChecker>();
  useEffect(() => {
    if (!needed || check) return;
    let live = true;
    void import('@/lib/wallet/address').then((module) => {
      if (live) setCheck(() => module.checkRefundAddress);
    });
    return () => {
      live = false;
    };
  }, [needed, check]);
  return check;
}
