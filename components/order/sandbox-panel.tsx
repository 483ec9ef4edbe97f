'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Order } from '@/lib/cryptorefills/types';
import { amountDue, halfOf } from '@/lib/order-display/amounts';

type Action = 'pay' | 'pay-partial' | 'expire' | 'fail';
const UNPAID = ['Created', 'WaitingForPayment', 'PartialPaymentStarted'];

/** Sandbox mode only: plays the buyer's wallet and the upstream, through /api/sandbox/orders/{id}/…. */
export function SandboxPanel({ order }: { order: Order }) {
  const t = useTranslations('order.sandbox');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const unpaid = UNPAID.includes(order.state);

  async function run(action: Action) {
    setBusy(true);
    setMessage('');
    const body = action === 'pay-partial' ? { amount: halfOf(amountDue(order)) } : {};
    try {
      const response = await fetch(`/api/sandbox/orders/${order.id}/${action}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
      setMessage(response.ok ? t('sent') : t('failed', { reason: answer.error?.message ?? String(response.status) }));
    } catch {
      setMessage(t('failed', { reason: 'network' }));
    } finally {
      setBusy(false);
    }
  }

  const button = (action: Action, label: string) => (
    <button
      type="button"
      disabled={busy}
      onClick={() => void run(action)}
      className="rounded-lg border border-border bg-surface px-3 py-2 text-sm font-medium hover:border-accent-ink disabled:opacity-60"
    >
      {label}
    </button>
  );
  return (
    <section aria-labelledby="sandbox-heading" className="flex flex-col gap-3 rounded-card border-2 border-dashed border-accent-ink p-5">
      <h2 id="sandbox-heading" className="font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm text-muted">{t('note')}</p>
      <div className="flex flex-wrap gap-2">
        {unpaid ? button('pay', t('payFull')) : null}
        {unpaid ? button('pay-partial', t('payHalf')) : null}
        {unpaid ? button('expire', t('expire')) : null}
        {button('fail', t('fail'))}
      </div>
      <p role="status" className="text-sm">
        {message}
      </p>
    </section>
  );
}
