'use client';

import { useTranslations } from 'next-intl';
import { CopyButton } from './copy-button';

/** One code of a delivery: its label, the value in a monospace face, and a copy button. */
export function CodeField({ label, value, children }: { label: string; value: string; children?: React.ReactNode }) {
  const t = useTranslations('order.codes');
  return (
    <div className="flex flex-col gap-1">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="flex flex-col gap-2">
        {children ?? <span className="font-mono text-lg break-all">{value}</span>}
        <CopyButton value={value} label={t('copy', { label: label.toLowerCase() })} />
      </dd>
    </div>
  );
}
