// The support hand-off: an e-mail to Cryptorefills support (who run the orders) that already carries the
// order number, so the buyer does not have to find it. Client-safe.
export const SUPPORT_EMAIL = 'support@cryptorefills.com';

export function supportMailto(subject: string, body: string): string {
  return `mailto:${SUPPORT_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
