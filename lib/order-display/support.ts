// The support hand-off: an e-mail to the store's support address (SUPPORT_EMAIL) that already carries the
// order number, so the buyer does not have to find it. Client-safe.
export function supportMailto(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
