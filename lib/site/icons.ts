// Favicon and app icons from the site configuration: the partner's own file (SITE_ICON) when set, otherwise a
// gift-card mark drawn in their primary colour by app/icons/[file]/route.tsx.
import type { Metadata } from 'next';
import { parseHex, readableOn, toHex } from './colors';

export const GENERATED_ICONS = {
  'icon.svg': { type: 'image/svg+xml', size: 0 },
  'apple-touch-icon.png': { type: 'image/png', size: 180 },
  'icon-192.png': { type: 'image/png', size: 192 },
  'icon-512.png': { type: 'image/png', size: 512 },
} as const;
export type GeneratedIcon = keyof typeof GENERATED_ICONS;

interface IconSite {
  icon: string | undefined;
}

export function siteIcons(site: IconSite): Metadata['icons'] {
  if (site.icon) return { icon: site.icon, apple: site.icon };
  return {
    icon: [{ url: '/icons/icon.svg', type: 'image/svg+xml' }],
    apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180', type: 'image/png' }],
  };
}

/** Icons for the web app manifest, in the same order of preference. */
export function manifestIcons(site: IconSite): { src: string; sizes: string; type?: string }[] {
  if (site.icon) return [{ src: site.icon, sizes: 'any' }];
  return [
    { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
  ];
}

/** The mark's two colours: the primary colour as the tile, black or white (whichever reads) as the card. */
export function iconColors(primary: string): { tile: string; mark: string } {
  const rgb = parseHex(primary) ?? [37, 99, 235];
  return { tile: toHex(rgb), mark: toHex(readableOn(rgb)) };
}

export function iconSvg(primary: string): string {
  const { tile, mark } = iconColors(primary);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${tile}"/>` +
    `<path d="M18 22h28v20H18z" fill="none" stroke="${mark}" stroke-width="4" stroke-linejoin="round"/>` +
    `<path d="M18 30h28" stroke="${mark}" stroke-width="4"/><circle cx="40" cy="38" r="3" fill="${mark}"/></svg>`
  );
}
