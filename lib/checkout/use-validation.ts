'use client';

import { useEffect, useState } from 'react';
import useSWR from 'swr';
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

/** The price and problems of the checkout, re-checked (debounced) whenever what it needs changes. */
export function useCheckoutValidation(request: QuoteRequestInput | null) {
  const key = request ? JSON.stringify(request) : null;
  const [debounced, setDebounced] = useState(key);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(key), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [key]);
  const swr = useSWR(debounced, validate, { revalidateOnFocus: false, keepPreviousData: false, shouldRetryOnError: false });
  return { ...swr, settled: debounced === key && !swr.isValidating, key };
}
