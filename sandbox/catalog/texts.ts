// Generated rich descriptions for brands whose seed has none: small, plausible HTML like the upstream's.
import type { BrandKind } from './types';
import type { BrandSeed, BrandTexts } from './seed';
import { countryName } from '../../lib/countries';

export function domainOf(seed: BrandSeed): string {
  if (seed.domain) return seed.domain;
  const family = seed.family ?? seed.brand;
  if (/\.[a-z]{2,3}(\.[a-z]{2})?$/i.test(family)) return family.toLowerCase();
  return `${family.toLowerCase().replace(/[^a-z0-9]+/g, '')}.com`;
}

export function textsFor(seed: BrandSeed, kind: BrandKind, countryCode: string): Required<BrandTexts> {
  const generated =
    seed.category === 'e-sim'
      ? esimTexts(seed, countryCode)
      : kind === 'mobile_recharge'
        ? topupTexts(seed, countryCode)
        : giftTexts(seed, countryCode);
  return { ...generated, ...seed.texts };
}

function giftTexts(seed: BrandSeed, countryCode: string): Required<BrandTexts> {
  const site = domainOf(seed);
  const where = countryName(countryCode) ?? countryCode;
  return {
    description:
      `<p>Shop with a <strong>${seed.brand}</strong> gift card, delivered by e-mail within minutes of payment. ` +
      `Valid for purchases in ${where}.</p>`,
    howToRedeem:
      `<ol><li>Sign in to your account on <a href="https://www.${site}">${site}</a>.</li>` +
      '<li>Open the gift card or payment section and choose <em>Redeem a gift card</em>.</li>' +
      '<li>Enter the code from your e-mail; the balance is added to your account.</li></ol>',
    terms:
      `<p>Gift cards are issued by ${seed.family ?? seed.brand} and are not redeemable for cash. ` +
      `See the full <a href="https://www.${site}/gift-card-terms">terms and conditions</a>.</p>`,
    productTc:
      `Redeemable on ${site} in ${where} only. Not exchangeable for cash, non-refundable once delivered. ` +
      'Lost or stolen codes cannot be replaced.',
  };
}

function topupTexts(seed: BrandSeed, countryCode: string): Required<BrandTexts> {
  const family = seed.family ?? seed.brand;
  const where = countryName(countryCode) ?? countryCode;
  const what = seed.category === 'mobile_bundle' ? 'a data bundle' : 'airtime credit';
  return {
    description: `<p>Send ${what} to any ${family} number in ${where}. The top-up is applied directly to the phone.</p>`,
    howToRedeem:
      '<ol><li>Enter the mobile number, including the country code.</li>' +
      '<li>Pay with your crypto wallet.</li><li>The recharge arrives on the phone within minutes.</li></ol>',
    terms: `<p>Top-ups are final. Check the number carefully: ${family} cannot reverse a recharge sent to a wrong number.</p>`,
    productTc: `Only for ${family} prepaid numbers in ${where}. Recharges are non-refundable.`,
  };
}

function esimTexts(seed: BrandSeed, countryCode: string): Required<BrandTexts> {
  const where = countryName(countryCode) ?? countryCode;
  return {
    description:
      `<p><strong>${seed.brand}</strong> data plans for travellers: get online in ${where} as soon as you land, ` +
      'without changing your physical SIM.</p>',
    howToRedeem:
      '<ol><li>Check that your phone is unlocked and <a href="https://www.gsma.com/esim/">eSIM compatible</a>.</li>' +
      '<li>Scan the QR code from your e-mail in <em>Settings → Mobile data → Add eSIM</em>.</li>' +
      '<li>Turn on data roaming for the eSIM when you arrive.</li></ol>',
    terms: '<p>The validity period starts when the eSIM first connects to a supported network. Data only, no calls.</p>',
    productTc: 'Data-only eSIM. Validity starts on first connection. Non-refundable once the QR code is delivered.',
  };
}
