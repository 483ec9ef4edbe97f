'use client';

import { useRef, useState } from 'react';
import { readPlaceAnswer, readRetryAfter, type PlaceAnswer } from './answers';
import type { CheckoutRequestInput } from './request';
import type { FormProblem } from './responses';

const CLIENT_TIMEOUT_MS = 45_000;

export type PlaceState =
  | { kind: 'idle' }
  | { kind: 'submitting' }
  | { kind: 'price_changed'; coinAmount: string }
  | { kind: 'problems'; problems: FormProblem[] }
  | { kind: 'failed'; code: string; message: string; retryAfterSeconds?: number }
  | { kind: 'created'; orderId: string };

async function post(body: string): Promise<{ status: number; answer: PlaceAnswer; retryAfterSeconds?: number }> {
  const response = await fetch('/api/orders', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
  });
  const retryAfterSeconds = readRetryAfter(response.headers.get('retry-after'));
  return {
    status: response.status,
    answer: readPlaceAnswer(await response.json().catch(() => ({}))),
    ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
  };
}

/**
 * Places the order: one attempt id per attempt, so double clicks and a retry after a lost answer end on
 * the same single order (the server runs each attempt once). A new attempt starts only when the buyer
 * changes the order or chooses to try again.
 */
export function usePlaceOrder(requestKey: string | null) {
  const [state, setState] = useState<PlaceState>({ kind: 'idle' });
  const attempt = useRef<{ key: string | null; id: string }>({ key: null, id: '' });
  const busy = useRef(false);

  async function place(request: CheckoutRequestInput, expectedCoinAmount: string, fresh = false) {
    if (busy.current) return;
    busy.current = true;
    if (fresh || attempt.current.key !== requestKey || !attempt.current.id) attempt.current = { key: requestKey, id: crypto.randomUUID() };
    const body = JSON.stringify({ ...request, attemptId: attempt.current.id, expectedCoinAmount });
    setState({ kind: 'submitting' });
    try {
      // The same attempt again if the first answer was lost: the server replays its outcome.
      const { status, answer, retryAfterSeconds } = await post(body).catch(() => post(body));
      if (status === 201 && answer.orderId) setState({ kind: 'created', orderId: answer.orderId });
      else if (status === 409 && answer.coinAmount) setState({ kind: 'price_changed', coinAmount: answer.coinAmount });
      else if (status === 422 && answer.problems) setState({ kind: 'problems', problems: answer.problems });
      else
        setState({ kind: 'failed', code: answer.error?.code ?? `HTTP_${status}`, message: answer.error?.message ?? '', retryAfterSeconds });
    } catch {
      setState({ kind: 'failed', code: 'ORDER_NOT_CONFIRMED', message: '' });
    } finally {
      busy.current = false;
    }
  }

  /** The buyer chose to try again after a failure: that is a new attempt. */
  function retry() {
    attempt.current = { key: null, id: '' };
    setState({ kind: 'idle' });
  }

  return { state, place, retry };
}
