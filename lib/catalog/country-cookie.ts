// The cookie naming the country a visitor last shopped in: written by the browser (remember-country.tsx), read by
// `/` (country-detect.ts). Apart from country-detect so the browser gets the name without the country table.
export const COUNTRY_COOKIE = 'sf_country';
