import { getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/config';
import type { SiteConfig } from '@/lib/site/config';
import { LanguageSwitch } from './language-switch';

type FooterSite = Pick<SiteConfig, 'name' | 'supportEmail' | 'supportUrl' | 'legal' | 'poweredBy'>;

export async function SiteFooter({ site }: { site: FooterSite }) {
  const t = await getTranslations('site');
  const links = [
    { href: site.supportUrl ?? `mailto:${site.supportEmail}`, label: t('support') },
    site.legal.terms ? { href: site.legal.terms, label: t('terms') } : null,
    site.legal.privacy ? { href: site.legal.privacy, label: t('privacy') } : null,
  ].filter((link) => link !== null);
  return (
    <footer className="border-t border-border bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6 text-sm text-muted sm:flex-row sm:items-start sm:justify-between">
        <div className="flex flex-col gap-2">
          <p className="font-medium text-fg">{site.name}</p>
          <nav aria-label={t('legal')}>
            <ul className="flex flex-wrap gap-3">
              {links.map((link) => (
                <li key={link.label}>
                  <a href={link.href} className="underline hover:text-primary-ink">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {site.poweredBy ? <p data-testid="powered-by">{t('poweredBy')}</p> : null}
        </div>
        <LanguageSwitch current={toLocale(await getLocale())} label={t('language')} />
      </div>
    </footer>
  );
}
