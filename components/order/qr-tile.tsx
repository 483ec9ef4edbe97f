'use client';

import { QRCodeSVG } from 'qrcode.react';

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
    <div className="inline-block max-w-full self-center rounded-lg bg-white p-2 shadow-sm ring-1 ring-border sm:self-start">
      {/* Narrower screens than the code shrink it rather than cut it. */}
      <QRCodeSVG
        value={value}
        size={size}
        marginSize={4}
        level="M"
        bgColor="#ffffff"
        fgColor="#000000"
        role="img"
        aria-label={label}
        className="h-auto max-w-full"
      />
    </div>
  );
}
