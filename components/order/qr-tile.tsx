'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import type { QRCodeSVG as Renderer } from 'qrcode.react';
import { QR_STYLE, qrSizeFor } from '@/lib/order-display/qr';
import { QrFrame } from './qr-frame';

// The browser's QR renderer (~8 KB gzip) is its own chunk, loaded only when a code must be drawn here: a payment
// screen comes with its code drawn by the server (`drawn`), so the renderer is needed only once the code changes
// (a remainder after a partial payment) or for a code the server did not draw (an eSIM's activation code, drawn
// into the server's HTML by this same renderer). While it loads, the tile keeps its square; should it fail to
// load (the network gone), the square stays empty: the address, its copy button and "Open in wallet" remain.
const QRCodeSVG = dynamic<ComponentProps<typeof Renderer>>(() =>
  import('qrcode.react').then(
    (m) => m.QRCodeSVG,
    () => () => null,
  ),
);

/** A drawing of `value` made on the server, used as long as the code to show is still that value. */
export interface DrawnCode {
  value: string;
  svg: React.ReactNode;
}

/** A QR code that scans in any theme: always dark modules on a white tile with a quiet zone. */
export function QrTile({
  value,
  label,
  size = qrSizeFor(value.length),
  drawn,
}: {
  value: string;
  label: string;
  size?: number;
  drawn?: DrawnCode;
}) {
  return (
    <QrFrame label={label} size={size}>
      {drawn?.value === value ? drawn.svg : <QRCodeSVG value={value} size={size} {...QR_STYLE} />}
    </QrFrame>
  );
}
