import { z } from 'zod';

export const UTM_COOKIE = 'sf_utm';
export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
export type VisitorUtm = Partial<Record<(typeof UTM_KEYS)[number], string>>;

const value = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\w .:/+-]+$/)
  .optional()
  .catch(undefined);
const UtmSchema = z.object(Object.fromEntries(UTM_KEYS.map((key) => [key, value])) as Record<(typeof UTM_KEYS)[number], typeof value>);

/** The UTM parameters of a landing URL, cleaned; undefined when there are none. */
export function utmFromSearchParams(params: URLSearchParams): VisitorUtm | undefined {
  const parsed = UtmSchema.parse(Object.fromEntries(UTM_KEYS.map((key) => [key, params.get(key) ?? undefined])));
  const present = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as VisitorUtm;
  return Object.keys(present).length > 0 ? present : undefined;
}

export function parseUtmCookie(raw: string | undefined): VisitorUtm | undefined {
  if (!raw) return undefined;
  try {
    const parsed = UtmSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
