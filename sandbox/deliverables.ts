// The codes a delivery reveals when its order is Done: gift-card PINs (or a claim URL), eSIM activation
// (LPA string), top-up operator references; plus the SVG the sandbox serves as `barcode_image_url`.
import { createHash, randomInt } from 'node:crypto';
import type { DeliverableCodes, OrderLine } from './order-model';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomCode(groups: number, size = 4): string {
  return Array.from({ length: groups }, () =>
    Array.from({ length: size }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
  ).join('-');
}

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

/** About one gift-card brand in four hands out a claim link rather than a PIN (stable per brand). */
export function usesClaimUrl(brandId: string): boolean {
  return (createHash('sha256').update(brandId).digest()[0] ?? 0) % 4 === 0;
}

const GIFT_CARD_STEPS =
  '<ol><li>Open the brand website or app.</li><li>Go to the gift card or redeem section.</li>' +
  '<li>Enter the code (and PIN if asked) and confirm.</li></ol>';

const ESIM_STEPS =
  '<ol><li>On your phone open Settings → Mobile data → Add eSIM.</li><li>Scan the QR code, or enter the SM-DP+ ' +
  'address and activation code by hand.</li><li>Turn the eSIM line on when you arrive.</li></ol>';

export function codesFor(line: OrderLine): DeliverableCodes {
  if (line.isEsim) {
    const activation = randomCode(4).replace(/-/g, '');
    return {
      pin_code: activation,
      qr_image_url: `LPA:1$rsp.sandbox.cryptorefills.test$${activation}`,
      redeem_instructions: ESIM_STEPS,
    };
  }
  if (line.kind === 'mobile_recharge') return { operator_reference: `OPR-${digits(10)}` };
  const instructions = line.howToRedeem ?? GIFT_CARD_STEPS;
  if (usesClaimUrl(line.brandId)) {
    return { pin_code: `https://example.com/redeem?code=${randomCode(4)}`, redeem_instructions: instructions };
  }
  return {
    pin_code: randomCode(4),
    pin_serial: digits(12),
    security_code: digits(4),
    barcode: digits(16),
    redeem_instructions: instructions,
  };
}

/** A simple striped SVG for a numeric code (decorative: not a scannable symbology). */
export function barcodeSvg(code: string): string {
  const bars: string[] = [];
  let x = 10;
  for (const ch of code) {
    const value = ch.charCodeAt(0);
    for (let bit = 0; bit < 6; bit++) {
      const width = (value >> bit) & 1 ? 3 : 1;
      if (bit % 2 === 0) bars.push(`<rect x="${x}" y="10" width="${width}" height="70"/>`);
      x += width + 1;
    }
  }
  const width = x + 10;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="110" viewBox="0 0 ${width} 110">` +
    `<rect width="100%" height="100%" fill="#fff"/><g fill="#000">${bars.join('')}</g>` +
    `<text x="${width / 2}" y="100" font-family="monospace" font-size="14" text-anchor="middle">${code}</text></svg>`
  );
}
