import { getTranslations } from 'next-intl/server';
import { getServerConfig } from '@/lib/env';

export async function SandboxBanner() {
  if (!getServerConfig().sandbox) return null;
  const t = await getTranslations('sandbox');
  return (
    <p className="bg-accent px-4 py-1.5 text-center text-sm font-medium text-accent-fg" role="note">
      {t('banner')}
    </p>
  );
}
