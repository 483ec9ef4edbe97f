/** URL slug of a brand family: "Amazon.com" → "amazon-com", "Claro Credits" → "claro-credits", "Crédit" → "credit". */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The family a brand is listed under (the upstream's `family`, falling back to the brand name). */
export function familyOf(brand: { family?: string; name: string }): string {
  return brand.family?.trim() || brand.name;
}

export function brandSlug(brand: { family?: string; name: string }): string {
  return slugify(familyOf(brand));
}
