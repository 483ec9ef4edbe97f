'use client';

import { QRCodeSVG } from 'qrcode.react';

/** A QR code that scans in any theme: always dark modules on a white tile with a quiet zone. */
export function QrTile({ value, label, size = 208 }: { value: string; label: string; size?: number }) {
  return (
    <div className="inline-block rounded-lg bg-white p-2 shadow-sm ring-1 ring-border">
      <QRCodeSVG value={value} size={size} marginSize={4} level="M" bgColor="#ffffff" fgColor="#000000" role="img" aria-label={label} />
    </div>
  );
}
