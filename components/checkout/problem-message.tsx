'use client';

import { useTranslations } from 'next-intl';
import { problemMessageKey } from '@/lib/checkout/problems';
import type { FormProblem } from '@/lib/checkout/responses';

/**
 * The sentences for the problems that belong next to one field; nothing when there are none. Not announced itself:
 * the summary beside "Place order" (blocked-summary.tsx) reads every problem out.
 */
export function ProblemMessage({ problems, id }: { problems: FormProblem[]; id?: string }) {
  const t = useTranslations('problems');
  if (problems.length === 0) return null;
  const codes = [...new Set(problems.map((p) => p.code))];
  return (
    <div id={id} className="flex flex-col gap-1 text-sm text-danger">
      {codes.map((code) => (
        <p key={code} data-problem={code}>
          {t(problemMessageKey(code), { code })}
        </p>
      ))}
    </div>
  );
}
