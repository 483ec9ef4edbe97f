// What a logo looks like (name and colour) by CDN slug. Filled by createCatalog for every brand it can sell,
// so the logo route needs nothing but the slug; kept apart from the renderer so that building a catalog
// never loads sharp.

export interface LogoInfo {
  name: string;
  bgColor: string; // "#RRGGBB"
}

const registry = new Map<string, LogoInfo>();

/** Registers a slug; the first registration wins, as one CDN file serves every country's variant. */
export function registerLogo(slug: string, info: LogoInfo): void {
  if (!registry.has(slug)) registry.set(slug, { name: info.name, bgColor: info.bgColor });
}

export function logoInfo(slug: string): LogoInfo | undefined {
  return registry.get(slug);
}
