'use client';

import { useTranslations } from '@/lib/i18n/client';

/** The labelled brand search field (`q`) of the directory's and the country home's search forms. */
export function BrandSearchInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useTranslations('catalog');
  return (
    <label className="flex min-w-60 flex-1 flex-col gap-1 text-sm font-medium">
      {t('searchLabel')}
      <input
        type="search"
        name="q"
        value={value}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        maxLength={100}
        className="rounded-lg border border-border bg-surface px-3 py-2 text-base font-normal"
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
