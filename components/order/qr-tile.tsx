'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import type { QRCodeSVG as Renderer } from 'qrcode.react';

// The QR renderer (~8 KB gzip) is its own chunk, loaded only by a page that shows a code: the server renders the
// SVG into the page, so the code is there before (and without) JavaScript; the browser fetches the renderer beside
// hydration. A code that appears later (an order turning to "waiting for payment") shows its reserved square
// until the renderer is in. Should it fail to load (the network gone), the square stays empty: the address, its
// copy button and "Open in wallet" are still there.
const QRCodeSVG = dynamic<ComponentProps<typeof Renderer>>(() =>
  import('qrcode.react').then(
    (m) => m.QRCodeSVG,
    () => () => null,
  ),
);

/**
 * The QR's width for `length` characters of data: more data makes more, smaller modules, so a long payload (a
 * ~400-character Lightning invoice) gets a larger code to stay readable. The largest still fits a 390 px screen.
 */
export function qrSizeFor(length: number): number {
  if (length > 250) return 264;
  if (length > 150) return 240;
  return 208;
}

/** A QR code that scans in any theme: always dark modules on a white tile with a quiet zone. */
export function QrTile({ value, label, size = qrSizeFor(value.length) }: { value: string; label: string; size?: number }) {
  return (
    // A square tile of the code's size plus its padding, kept while the renderer loads; narrower screens than the
    // code shrink it rather than cut it.
    <div
      className="inline-block aspect-square max-w-full self-center rounded-lg bg-white p-2 shadow-sm ring-1 ring-border sm:self-start"
      style={{ width: `calc(${size}px + 1rem)` }}
    >
      <QRCodeSVG
        value={value}
        size={size}
        marginSize={4}
        level="M"
        bgColor="#ffffff"
        fgColor="#000000"
        role="img"
        aria-label={label}
        className="block h-full w-full"
      />
    </div>
  );
}
