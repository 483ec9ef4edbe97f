'use client';

import { useTranslations } from 'next-intl';
import { FIELD_IDS } from '@/lib/checkout/blocking';
import type { CheckoutFormState, FieldIssue } from '@/lib/checkout/form';
import type { FormProblem } from '@/lib/checkout/responses';
import { ProblemMessage } from './problem-message';

type Editable = Pick<CheckoutFormState, 'email' | 'newsletter' | 'coupon' | 'fullName'>;

interface Props {
  state: Editable;
  onChange: (patch: Partial<Editable>) => void;
  /** 'network' when the coin and network need the name, 'asked' when the upstream asked for it, false when not needed. */
  needsName: 'network' | 'asked' | false;
  emailIssue?: FieldIssue;
  nameIssue?: FieldIssue;
  problems: Record<'email' | 'coupon' | 'fullName', FormProblem[]>;
}

const input = 'rounded-lg border border-border bg-bg px-3 py-2';

/**
 * The buyer: e-mail (receipt and codes), newsletter opt-in, coupon, and full name when the payment needs it. Problems
 * about the buyer's account are beside "Place order" (blocked-summary.tsx), with the account's link.
 */
export function BuyerFields({ state, onChange, needsName, emailIssue, nameIssue, problems }: Props) {
  const t = useTranslations('checkout');
  return (
    <section aria-labelledby="buyer-heading" className="flex flex-col gap-4">
      <h2 id="buyer-heading" className="text-lg font-semibold">
        {t('buyerHeading')}
      </h2>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('email')}
        <input
          id={FIELD_IDS.email}
          type="email"
          autoComplete="email"
          inputMode="email"
          value={state.email}
          className={`${input} font-normal`}
          aria-invalid={emailIssue ? true : undefined}
          aria-describedby="email-help"
          onChange={(event) => onChange({ email: event.target.value })}
        />
      </label>
      <p id="email-help" className={`-mt-3 text-sm ${emailIssue ? 'text-danger' : 'text-muted'}`}>
        {emailIssue ? t(`issues.${emailIssue}`) : t('emailHelp')}
      </p>
      <ProblemMessage problems={problems.email} />
      {needsName ? (
        <>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t('fullName')}
            <input
              id={FIELD_IDS.fullName}
              type="text"
              autoComplete="name"
              value={state.fullName}
              className={`${input} font-normal`}
              aria-invalid={nameIssue ? true : undefined}
              aria-describedby="name-help"
              onChange={(event) => onChange({ fullName: event.target.value })}
            />
          </label>
          <p id="name-help" className={`-mt-3 text-sm ${nameIssue ? 'text-danger' : 'text-muted'}`}>
            {nameIssue ? t(`issues.${nameIssue}`) : needsName === 'asked' ? t('fullNameAskedHelp') : t('fullNameHelp')}
          </p>
        </>
      ) : null}
      <ProblemMessage problems={problems.fullName} />
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('coupon')}
        <input
          id={FIELD_IDS.coupon}
          type="text"
          autoComplete="off"
          value={state.coupon}
          className={`${input} font-normal uppercase`}
          onChange={(event) => onChange({ coupon: event.target.value })}
        />
      </label>
      <ProblemMessage problems={problems.coupon} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={state.newsletter} onChange={(event) => onChange({ newsletter: event.target.checked })} />
        {t('newsletter')}
      </label>
    </section>
  );
}
