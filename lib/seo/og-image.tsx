// Open Graph cards (1200×630) for the catalog pages, drawn with next/og from the site configuration.
import { ImageResponse } from 'next/og';
import type { SiteConfig } from '@/lib/site/config';
import { iconColors } from '@/lib/site/icons';

export const OG_SIZE = { width: 1200, height: 630 };

/**
 * next/og's bundled font covers Latin scripts; for any other glyph it would download a font from Google at run
 * time, which a storefront must never do. So cards carry Latin text only (others are dropped, then trimmed).
 */
export function latinOnly(text: string): string {
  return text
    .replace(/[^\u0020-\u007e\u00a0-\u024f\u2013\u2014\u2019\u00b7]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface OgCard {
  site: Pick<SiteConfig, 'name' | 'primaryColor'>;
  title: string;
  subtitle: string;
  /** The brand's own background colour behind its initial, when the card is about one brand. */
  badge?: { text: string; color: string };
}

export function ogImage({ site, title, subtitle, badge }: OgCard): ImageResponse {
  const { tile, mark } = iconColors(site.primaryColor);
  const badgeColors = badge ? iconColors(badge.color) : null;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#ffffff',
        color: '#0f172a',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <div
          style={{
            width: 64,
            height: 64,
            borderRadius: 16,
            background: tile,
            color: mark,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 36,
          }}
        >
          {latinOnly(site.name).slice(0, 1) || '*'}
        </div>
        <div style={{ fontSize: 36 }}>{latinOnly(site.name)}</div>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 48 }}>
        {badge && badgeColors ? (
          <div
            style={{
              width: 200,
              height: 200,
              borderRadius: 32,
              background: badgeColors.tile,
              color: badgeColors.mark,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 120,
            }}
          >
            {latinOnly(badge.text).slice(0, 1) || '*'}
          </div>
        ) : null}
        <div style={{ display: 'flex', flexDirection: 'column', gap: 16, flex: 1 }}>
          <div style={{ fontSize: 68, lineHeight: 1.1 }}>{latinOnly(title)}</div>
          <div style={{ fontSize: 32, color: '#475569' }}>{latinOnly(subtitle)}</div>
        </div>
      </div>
      <div style={{ height: 12, borderRadius: 6, background: tile }} />
    </div>,
    { ...OG_SIZE, headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' } },
  );
}
