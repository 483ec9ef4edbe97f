// GET /icons/{file}: the generated favicon and app icons, drawn from the primary colour.
import 'server-only';
import { ImageResponse } from 'next/og';
import { errorResponse } from '@/lib/api/errors';
import { getSiteConfig } from './config';
import { GENERATED_ICONS, iconColors, iconSvg, type GeneratedIcon } from './icons';

const CACHE = { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' };

function isGeneratedIcon(file: string): file is GeneratedIcon {
  return Object.hasOwn(GENERATED_ICONS, file);
}

export async function iconResponse(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!isGeneratedIcon(file)) return errorResponse('NOT_FOUND', 'No such icon.', 404);
  const { primaryColor } = getSiteConfig();
  if (file === 'icon.svg') {
    return new Response(iconSvg(primaryColor), { headers: { 'Content-Type': 'image/svg+xml', ...CACHE } });
  }
  const size = GENERATED_ICONS[file].size;
  const { tile, mark } = iconColors(primaryColor);
  const unit = size / 64;
  // The same mark as icon.svg, drawn with boxes (no text, so no font is ever fetched).
  return new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: tile }}>
      <div
        style={{
          position: 'relative',
          display: 'flex',
          width: 32 * unit,
          height: 24 * unit,
          border: `${4 * unit}px solid ${mark}`,
          borderRadius: 2 * unit,
        }}
      >
        <div style={{ position: 'absolute', left: 0, right: 0, top: 4 * unit, height: 4 * unit, background: mark }} />
        <div
          style={{
            position: 'absolute',
            right: 3 * unit,
            bottom: 1 * unit,
            width: 6 * unit,
            height: 6 * unit,
            borderRadius: 3 * unit,
            background: mark,
          }}
        />
      </div>
    </div>,
    { width: size, height: size, headers: CACHE },
  );
}
