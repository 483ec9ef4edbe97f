'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

type UnlockState = { kind: 'idle' } | { kind: 'checking' } | { kind: 'wrong' } | { kind: 'too_many'; minutes: number } | { kind: 'failed' };

/** For a visitor who did not place the order: the order's e-mail shows the codes, nothing else does. */
export function UnlockForm({ orderId }: { orderId: string }) {
  const t = useTranslations('order.unlock');
  const router = useRouter();
  const [state, setState] = useState<UnlockState>({ kind: 'idle' });

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = new FormData(event.currentTarget).get('email');
    setState({ kind: 'checking' });
    try {
      const response = await fetch(`/api/orders/${orderId}/unlock`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email }),
      });
      if (response.ok) {
        // The session now holds the order: the page renders again, with the codes.
        router.refresh();
        return;
      }
      if (response.status === 429) {
        const seconds = Number(response.headers.get('Retry-After') ?? '60');
        setState({ kind: 'too_many', minutes: Math.max(1, Math.ceil(seconds / 60)) });
      } else setState({ kind: response.status === 403 ? 'wrong' : 'failed' });
    } catch {
      setState({ kind: 'failed' });
    }
  }

  const message =
    state.kind === 'wrong'
      ? t('wrong')
      : state.kind === 'too_many'
        ? t('tooMany', { minutes: state.minutes })
        : state.kind === 'failed'
          ? t('failed')
          : '';
  return (
    <section aria-labelledby="unlock-heading" className="flex flex-col gap-3 rounded-card border border-border bg-surface p-5">
      <h2 id="unlock-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p>{t('body')}</p>
      <form onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="unlock-email" className="text-sm font-medium">
            {t('label')}
          </label>
          <input
            id="unlock-email"
            name="email"
            type="email"
            required
            autoComplete="email"
            aria-invalid={state.kind === 'wrong' || undefined}
            aria-describedby="unlock-message"
            className="rounded-lg border border-border bg-bg px-3 py-2"
          />
        </div>
        <button
          type="submit"
          disabled={state.kind === 'checking'}
          className="rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg disabled:opacity-60"
        >
          {state.kind === 'checking' ? t('checking') : t('submit')}
        </button>
      </form>
      <p id="unlock-message" role="alert" className="text-sm text-danger">
        {message}
      </p>
    </section>
  );
}
