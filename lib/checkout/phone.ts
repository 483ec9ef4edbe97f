import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** A phone number as typed ("0301 234 5678", "+57 301…") → E.164 for the country, or undefined if invalid. */
export function toE164(input: string, country: string): string | undefined {
  const parsed = parsePhoneNumberFromString(input.trim(), country as CountryCode);
  return parsed?.isValid() ? parsed.number : undefined;
}

/** The form loads this module (~30 KB gzip of phone metadata) only for a cart with a top-up (./use-checks.ts). */
export type PhoneChecker = typeof toE164;
