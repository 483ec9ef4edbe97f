// How every QR on the order pages is drawn, whether the server draws it (the payment screen as served, the
// receipt) or the browser does (a remainder after a partial payment, an eSIM's activation code). Client-safe.

/**
 * Dark modules on white with a four-module quiet zone: a code that scans in any theme. The drawing fills its tile
 * (QrFrame) and is hidden from assistive technology: the tile is the accessible image.
 */
export const QR_STYLE = {
  marginSize: 4,
  level: 'M',
  bgColor: '#ffffff',
  fgColor: '#000000',
  'aria-hidden': true,
  className: 'block size-full',
} as const;

/**
 * The QR's width for `length` characters of data: more data makes more, smaller modules, so a long payload (a
 * ~400-character Lightning invoice) gets a larger code to stay readable. The largest still fits a 390 px screen.
 */
export function qrSizeFor(length: number): number {
  if (length > 250) return 264;
  if (length > 150) return 240;
  return 208;
}
