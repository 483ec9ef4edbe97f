'use client';

import { useEffect, useState } from 'react';
import { useDebounced } from '@/lib/use-debounced';
import { readError, readValidationAnswer } from './answers';
import type { QuoteRequestInput } from './request';
import type { ValidationAnswer } from './responses';

const DEBOUNCE_MS = 400;

export type CheckoutValidation = ValidationAnswer;

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function validate(key: string): Promise<CheckoutValidation> {
  const response = await fetch('/api/checkout/validate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: key,
  });
  const json: unknown = await response.json().catch(() => undefined);
  const answer = response.ok ? readValidationAnswer(json) : undefined;
  if (answer) return answer;
  const error = readError(json);
  throw new ApiError(error?.code ?? 'UNREADABLE', error?.message ?? 'Unexpected answer.', response.status);
}

interface Answer {
  /** The form asked about, and which asking of it (the buyer may ask again after an error). */
  key: string;
  round: number;
  data?: CheckoutValidation;
  error?: unknown;
}

/**
 * The price and problems of the checkout, re-checked (debounced) whenever what it needs changes. By hand rather than
 * with SWR (~6 KB gzip): one request per settled form, only the latest answer kept, and `recheck` on the buyer's request.
 */
export function useCheckoutValidation(request: QuoteRequestInput | null) {
  const key = request ? JSON.stringify(request) : null;
  const debounced = useDebounced(key, DEBOUNCE_MS);
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<Answer>();
  // An answer is about the form it was asked for: another form drops it (even one that comes back to it later).
  const [answered, setAnswered] = useState(debounced);
  if (answered !== debounced) {
    setAnswered(debounced);
    setAnswer(undefined);
  }
  useEffect(() => {
    if (debounced === null) return;
    let live = true;
    const settle = (result: Pick<Answer, 'data' | 'error'>) => live && setAnswer({ key: debounced, round, ...result });
    validate(debounced).then(
      (data) => settle({ data }),
      (error: unknown) => settle({ error }),
    );
    return () => {
      live = false;
    };
  }, [debounced, round]);
  // Asked again, the last answer stands until the new one comes (unsettled meanwhile).
  const current = answer?.key === debounced ? answer : undefined;
  const isValidating = debounced !== null && current?.round !== round;
  return {
    data: current?.data,
    error: current?.error,
    isValidating,
    settled: debounced === key && !isValidating,
    key,
    recheck: () => setRound((r) => r + 1),
  };
}
