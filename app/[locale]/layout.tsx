import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { SandboxBanner } from '@/components/layout/sandbox-banner';
import { SiteProvider } from '@/components/layout/site-context';
import { ClientMessages, LAYOUT_NAMESPACES } from '@/components/layout/client-messages';
import { getSiteConfig } from '@/lib/site/config';
import { siteIcons } from '@/lib/site/icons';
import { isLocale } from '@/lib/i18n/config';
import '../globals.css';

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const site = getSiteConfig();
  const t = await getTranslations('site');
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: t('tagline'),
    applicationName: site.name,
    icons: siteIcons(site),
    manifest: '/manifest.webmanifest',
    openGraph: { siteName: site.name, type: 'website', locale },
  };
}

export function generateViewport(): Viewport {
  return {
    colorScheme: 'light dark',
    themeColor: [
      { media: '(prefers-color-scheme: light)', color: '#f8fafc' },
      { media: '(prefers-color-scheme: dark)', color: '#020617' },
    ],
  };
}

// Every page sits under the language proxy.ts chose (`/US` is served from `/en/US`): the language is part of
// the cache key, never a cookie read behind a shared page.
export default async function RootLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const site = getSiteConfig();
  return (
    <html lang={locale}>
      <head>
        {/* The partner's colours as CSS variables, in the HTML itself: right on first paint, light or dark. */}
        <style id="site-theme">{site.theme.css}</style>
      </head>
      <body className="flex min-h-screen flex-col bg-bg text-fg antialiased">
        <ClientMessages namespaces={LAYOUT_NAMESPACES}>
          <SiteProvider site={{ name: site.name, supportEmail: site.supportEmail, supportUrl: site.supportUrl }}>
            <SandboxBanner />
            <SiteHeader site={site} />
            <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
              {children}
            </main>
            <SiteFooter site={site} />
          </SiteProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
