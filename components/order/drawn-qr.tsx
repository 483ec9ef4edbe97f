import 'server-only';
import { QRCodeSVG } from 'qrcode.react';
import { QR_STYLE } from '@/lib/order-display/qr';
import { QrFrame } from './qr-frame';

/**
 * A QR drawn on the server: the SVG arrives with the page, and the browser neither loads a QR renderer nor
 * encodes the code again while hydrating (about 40 ms of a phone's main thread for a Solana Pay URI).
 */
export function DrawnQr({ value, size }: { value: string; size: number }) {
  return <QRCodeSVG value={value} size={size} {...QR_STYLE} />;
}

/** A whole QR tile for a server-rendered page (the receipt): the frame with the code drawn here. */
export function ServerQrTile({ value, label, size }: { value: string; label: string; size: number }) {
  return (
    <QrFrame label={label} size={size}>
      <DrawnQr value={value} size={size} />
    </QrFrame>
  );
}
