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
        <CopyButton value={value} label={t('copy', { label: inSentence(label) })} />
      </dd>
    </div>
  );
}

/** "Code" → "code" inside a sentence, but "PIN" and "eSIM QR code" keep their capitals. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
