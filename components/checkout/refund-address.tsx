'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FIELD_IDS } from '@/lib/checkout/blocking';
import type { FieldIssue } from '@/lib/checkout/form';
import { refundFamily } from '@/lib/wallet/refund-family';

interface Props {
  coin: string;
  network: string;
  value: string;
  /** The typed address's issue on the chosen network, if any: shown once the field is left or the form sent. */
  issue?: FieldIssue;
  submitted: boolean;
  onChange: (value: string) => void;
}

/** An optional address on the chosen network for refunds; none for networks that take none (Lightning). */
export function RefundAddress({ coin, network, value, issue, submitted, onChange }: Props) {
  const t = useTranslations('refundAddress');
  const [left, setLeft] = useState(false);
  if (!refundFamily({ coin, network })) return null;
  // Still loading the checks is not the buyer's mistake: nothing is said under the field meanwhile.
  const shown = (submitted || left) && issue !== 'refundPending' ? issue : undefined;
  return (
    <div className="mt-4 flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('label')}
        <input
          id={FIELD_IDS.refundAddress}
          type="text"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          value={value}
          className="rounded-lg border border-border bg-bg px-3 py-2 font-mono font-normal"
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? 'refund-help refund-issue' : 'refund-help'}
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => setLeft(true)}
        />
      </label>
      <p id="refund-help" className="text-sm text-muted">
        {t('help', { network })}
      </p>
      {shown ? (
        <p id="refund-issue" className="text-sm text-danger">
          {t(`issues.${shown}`, { network })}
        </p>
      ) : null}
    </div>
  );
}
