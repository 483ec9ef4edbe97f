'use client';

import { useTranslations } from 'next-intl';
import { ACCOUNT_CODES, type Reason } from '@/lib/checkout/blocking';
import { problemMessageKey } from '@/lib/checkout/problems';

interface Props {
  id: string;
  reasons: Reason[];
  /** Each line's name ("Roblox $10"), by line index, to say which line a reason is about. */
  lineNames: string[];
  accountUrl: string;
  /** What is said when there is no reason to list (the price is being checked, or could not be). */
  fallback: string;
}

function focusField(event: React.MouseEvent<HTMLAnchorElement>, target: string) {
  const field = document.getElementById(target);
  if (!field) return;
  event.preventDefault();
  field.focus();
}

/**
 * Beside "Place order" whenever it cannot be pressed: every reason, each a link to the field it is about, read out to
 * screen readers as it changes (it sits in a live region, and the button is described by it). Never empty: with no reason to list, it says why.
 */
export function BlockedSummary({ id, reasons, lineNames, accountUrl, fallback }: Props) {
  const t = useTranslations('checkout');
  const tp = useTranslations('problems');
  const sentence = (reason: Reason) => {
    const text =
      reason.kind === 'problem'
        ? tp(problemMessageKey(reason.problem.code), { code: reason.problem.code })
        : reason.issue === 'email' && reason.empty
          ? t('blocked.emailMissing')
          : reason.issue === 'fullName' && reason.empty
            ? t('blocked.nameMissing')
            : t(`issues.${reason.issue}`);
    const line = reason.line === undefined ? undefined : lineNames[reason.line];
    return line ? t('blocked.atLine', { line, reason: text }) : text;
  };
  // Named by its heading for finding it; the button is described by the inner box (heading and reasons).
  return (
    <div role="group" aria-labelledby={`${id}-heading`}>
      <div id={id} className="flex flex-col gap-2 rounded-lg border border-danger p-3 text-sm">
        <p id={`${id}-heading`} className="font-semibold">
          {t('blocked.heading')}
        </p>
        {reasons.length === 0 ? (
          <p>{fallback}</p>
        ) : (
          <ul className="flex list-disc flex-col gap-2 pl-5">
            {reasons.map((reason, index) => {
              const text = sentence(reason);
              const code = reason.kind === 'problem' ? reason.problem.code : undefined;
              return (
                <li key={index} data-problem={code}>
                  {reason.target ? (
                    <a
                      href={`#${reason.target}`}
                      onClick={(event) => focusField(event, reason.target ?? '')}
                      className="text-danger underline underline-offset-2"
                    >
                      {text}
                    </a>
                  ) : (
                    <span className="text-danger">{text}</span>
                  )}
                  {code && ACCOUNT_CODES.has(code) ? (
                    <>
                      {' '}
                      <a
                        href={accountUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        className="text-primary-ink underline underline-offset-2"
                      >
                        {t('blocked.account')}
                      </a>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
