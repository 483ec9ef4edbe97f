// Currencies and fixed exchange rates of the sandbox. The rates are plausible 2026 mid-market values, frozen
// so that every run quotes the same prices.

// Grouped by currency so that a territory's currency is easy to check (ISO 4217, legal tender in practice).
// A grid reads better than one entry per line.
// prettier-ignore
const COUNTRIES_BY_CURRENCY: Record<string, string> = {
  USD: 'US AS AQ BQ IO EC SV GU MH FM MP PW PA PR TL TC UM VG VI',
  EUR: 'AX AD AT BE BG HR CY EE FI FR GF TF DE GR GP IE IT XK LV LT LU MT MQ YT MC ME NL PT RE BL MF PM SM SK SI ES VA',
  XCD: 'AI AG DM GD MS KN LC VC',
  XOF: 'BJ BF CI GW NE SN TG',
  XAF: 'CM TD CG GQ GA',
  XPF: 'PF NC WF',
  XCG: 'CW SX',
  AUD: 'AU CX CC HM KI NR NF TV',
  NZD: 'NZ CK NU PN TK',
  GBP: 'GB GG IM JE GS',
  DKK: 'DK FO GL',
  NOK: 'NO BV SJ',
  CHF: 'CH LI',
  MAD: 'MA EH',
  ILS: 'IL PS',
  ALL: 'AL', DZD: 'DZ', AOA: 'AO', ARS: 'AR', AMD: 'AM', AWG: 'AW', AZN: 'AZ', BSD: 'BS', BHD: 'BH',
  BDT: 'BD', BBD: 'BB', BZD: 'BZ', BMD: 'BM', BTN: 'BT', BOB: 'BO', BAM: 'BA', BWP: 'BW', BRL: 'BR',
  BND: 'BN', BIF: 'BI', CVE: 'CV', KHR: 'KH', CAD: 'CA', KYD: 'KY', CLP: 'CL', CNY: 'CN', COP: 'CO',
  KMF: 'KM', CRC: 'CR', CZK: 'CZ', DJF: 'DJ', DOP: 'DO', EGP: 'EG', ERN: 'ER', SZL: 'SZ', ETB: 'ET',
  FKP: 'FK', FJD: 'FJ', GMD: 'GM', GEL: 'GE', GHS: 'GH', GIP: 'GI', GTQ: 'GT', GNF: 'GN', GYD: 'GY',
  HTG: 'HT', HNL: 'HN', HKD: 'HK', HUF: 'HU', ISK: 'IS', INR: 'IN', IDR: 'ID', JMD: 'JM', JPY: 'JP',
  JOD: 'JO', KZT: 'KZ', KES: 'KE', KWD: 'KW', KGS: 'KG', LAK: 'LA', LBP: 'LB', LSL: 'LS', LRD: 'LR',
  MOP: 'MO', MGA: 'MG', MWK: 'MW', MYR: 'MY', MVR: 'MV', MRU: 'MR', MUR: 'MU', MXN: 'MX', MDL: 'MD',
  MNT: 'MN', MZN: 'MZ', NAD: 'NA', NPR: 'NP', NIO: 'NI', NGN: 'NG', MKD: 'MK', OMR: 'OM', PKR: 'PK',
  PGK: 'PG', PYG: 'PY', PEN: 'PE', PHP: 'PH', PLN: 'PL', QAR: 'QA', RON: 'RO', RWF: 'RW', SHP: 'SH',
  WST: 'WS', STN: 'ST', SAR: 'SA', RSD: 'RS', SCR: 'SC', SLE: 'SL', SGD: 'SG', SBD: 'SB', SOS: 'SO',
  ZAR: 'ZA', KRW: 'KR', LKR: 'LK', SRD: 'SR', SEK: 'SE', TWD: 'TW', TJS: 'TJ', TZS: 'TZ', THB: 'TH',
  TOP: 'TO', TTD: 'TT', TND: 'TN', TRY: 'TR', TMT: 'TM', UGX: 'UG', UAH: 'UA', AED: 'AE', UYU: 'UY',
  UZS: 'UZ', VUV: 'VU', VND: 'VN', YER: 'YE', ZMW: 'ZM',
};

/** How many units of the currency one US dollar buys. */
// prettier-ignore
const UNITS_PER_USD: Record<string, number> = {
  USD: 1, EUR: 0.86, XCD: 2.7, XOF: 564, XAF: 564, XPF: 102.6, XCG: 1.79, AUD: 1.52, NZD: 1.7,
  GBP: 0.75, DKK: 6.42, NOK: 10.1, CHF: 0.8, MAD: 9.1, ILS: 3.35, ALL: 83, DZD: 130, AOA: 915,
  ARS: 1400, AMD: 385, AWG: 1.79, AZN: 1.7, BSD: 1, BHD: 0.376, BDT: 122, BBD: 2, BZD: 2, BMD: 1,
  BTN: 88, BOB: 6.91, BAM: 1.68, BWP: 13.5, BRL: 5.4, BND: 1.29, BIF: 2970, CVE: 94.8, KHR: 4010,
  CAD: 1.39, KYD: 0.83, CLP: 950, CNY: 7.12, COP: 3900, KMF: 423, CRC: 505, CZK: 20.9, DJF: 178,
  DOP: 63, EGP: 48, ERN: 15, SZL: 17.4, ETB: 150, FKP: 0.75, FJD: 2.26, GMD: 72, GEL: 2.7, GHS: 11.5,
  GIP: 0.75, GTQ: 7.66, GNF: 8680, GYD: 209, HTG: 131, HNL: 26.2, HKD: 7.78, HUF: 335, ISK: 122,
  INR: 88, IDR: 16500, JMD: 160, JPY: 150, JOD: 0.709, KZT: 540, KES: 129, KWD: 0.306, KGS: 87.4,
  LAK: 21700, LBP: 89500, LSL: 17.4, LRD: 183, MOP: 8.01, MGA: 4450, MWK: 1735, MYR: 4.2, MVR: 15.4,
  MRU: 39.8, MUR: 45.5, MXN: 18.4, MDL: 16.8, MNT: 3590, MZN: 63.9, NAD: 17.4, NPR: 141, NIO: 36.8,
  NGN: 1480, MKD: 53, OMR: 0.385, PKR: 282, PGK: 4.1, PYG: 7300, PEN: 3.5, PHP: 57.5, PLN: 3.65,
  QAR: 3.64, RON: 4.37, RWF: 1440, SHP: 0.75, WST: 2.75, STN: 21.1, SAR: 3.75, RSD: 101, SCR: 14.2,
  SLE: 22.8, SGD: 1.29, SBD: 8.3, SOS: 571, ZAR: 17.4, KRW: 1390, LKR: 302, SRD: 38.5, SEK: 9.45,
  TWD: 30.5, TJS: 9.3, TZS: 2450, THB: 32.4, TOP: 2.4, TTD: 6.78, TND: 2.93, TRY: 41.8, TMT: 3.5,
  UGX: 3480, UAH: 41.5, AED: 3.6725, UYU: 40.1, UZS: 12100, VUV: 120, VND: 26300, YER: 239, ZMW: 23.6,
};

const CURRENCY_BY_COUNTRY: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRIES_BY_CURRENCY).flatMap(([currency, codes]) => codes.split(' ').map((code) => [code, currency] as const)),
);

/** ISO 4217 currency of a supported country (any case). Throws for a code the sandbox does not know. */
export function countryCurrency(countryCode: string): string {
  const currency = CURRENCY_BY_COUNTRY.get(countryCode.toUpperCase());
  if (!currency) throw new Error(`fx: no currency for country "${countryCode}"`);
  return currency;
}

/** Value of one unit of `currency` in US dollars. Throws for a currency without a rate, so a typo fails loudly. */
export function usdPerUnit(currency: string): number {
  const units = UNITS_PER_USD[currency.toUpperCase()];
  if (units === undefined) throw new Error(`fx: no exchange rate for currency "${currency}"`);
  return 1 / units;
}

/** Every currency with a rate (for tests and diagnostics). */
export function knownCurrencies(): string[] {
  return Object.keys(UNITS_PER_USD);
}
