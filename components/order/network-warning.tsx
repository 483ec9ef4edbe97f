import { useTranslations } from 'next-intl';

/**
 * The "this coin on this network only" warning: a note with a warning sign, visible on every load but not
 * announced as an alert (nothing went wrong yet). Amber tones that keep their contrast in light and dark schemes.
 */
export function NetworkWarning({ children }: { children: string }) {
  const t = useTranslations('order.pay');
  return (
    <div
      role="note"
      className="flex items-start gap-2 rounded-lg border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-5 shrink-0 fill-current" data-testid="warning-icon">
        <path
          fillRule="evenodd"
          d="M8.26 2.9c.77-1.33 2.7-1.33 3.47 0l6.28 10.9c.77 1.33-.2 3-1.73 3H3.72c-1.54 0-2.5-1.67-1.73-3L8.26 2.9ZM10 6.5a.9.9 0 0 0-.9.9v3.7a.9.9 0 1 0 1.8 0V7.4a.9.9 0 0 0-.9-.9Zm0 8.3a1.05 1.05 0 1 0 0-2.1 1.05 1.05 0 0 0 0 2.1Z"
          clipRule="evenodd"
        />
      </svg>
      <p className="font-medium">
        <span className="sr-only">{t('networkWarning')}: </span>
        {children}
      </p>
    </div>
  );
}
