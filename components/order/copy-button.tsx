'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

const RESET_MS = 2500;

/** Copies the exact string (never a rounded display value) and says so in a polite live region. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations('order');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), RESET_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-lg border border-border bg-surface px-3 py-1.5 text-sm font-medium hover:border-primary-ink"
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className={status === 'failed' ? 'text-sm text-danger' : 'text-sm text-success'}>
        {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
