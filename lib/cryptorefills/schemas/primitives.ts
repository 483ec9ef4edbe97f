// Building blocks for the wire schemas. Client-safe: depends on zod only.
import { z } from 'zod';

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** Plain decimal notation for a number (never "1e-7"), so amounts render and compare as the wire's strings do. */
export function numberToDecimalString(value: number): string {
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** A money amount our logic relies on: a decimal string or a number on the wire, always a decimal string out. */
export const decimal = z
  .union([z.string().trim().regex(DECIMAL_PATTERN, 'expected a decimal number'), z.number().finite()])
  .transform((value) => (typeof value === 'number' ? numberToDecimalString(value) : value));

/** A numeric-ish display value (points, thresholds): string or number, kept as a string, not checked further. */
export const looseDecimal = z
  .union([z.string().trim(), z.number().finite()])
  .transform((value) => (typeof value === 'number' ? numberToDecimalString(value) : value));

/** A number the wire sometimes sends as a string ("25", 25). */
export const numeric = z.union([z.number().finite(), z.string().trim().regex(DECIMAL_PATTERN, 'expected a number')]).transform(Number);

/**
 * Unix epoch seconds: observed as a string ("1767225600") and as a bare number. ISO dates and
 * millisecond values are accepted too and converted, so a format change does not break the order page.
 */
export const epochSeconds = z.union([z.number().finite().nonnegative(), z.string().trim().min(1)]).transform((value, ctx) => {
  let seconds: number;
  if (typeof value === 'number') seconds = value;
  else if (/^\d+(\.\d+)?$/.test(value)) seconds = Number(value);
  else seconds = Date.parse(value) / 1000;
  if (!Number.isFinite(seconds)) {
    ctx.addIssue({ code: 'custom', message: 'expected epoch seconds' });
    return z.NEVER;
  }
  // 1e11 seconds is the year 5138: anything larger is milliseconds.
  return Math.floor(seconds > 1e11 ? seconds / 1000 : seconds);
});

/** An optional display string; `null` and absent both come out as `undefined`. */
export const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

/** An optional boolean; `null` comes out as `undefined`. */
export const optionalFlag = z
  .boolean()
  .nullish()
  .transform((value) => value ?? undefined);

/** A list of strings that may be absent or null; always an array out. */
export const stringList = z
  .array(z.string())
  .nullish()
  .transform((value) => value ?? []);

/** A list we do not interpret (brand_tags, suggestions); always an array out. */
export const unknownList = z
  .array(z.unknown())
  .nullish()
  .transform((value) => value ?? []);

/** Logo URLs are occasionally wrapped in stray text: keep the first http(s) URL, or nothing. */
export const logoUrl = z
  .string()
  .nullish()
  .transform((value) => value?.match(/https?:\/\/[^\s"'<>]+/)?.[0]);

/**
 * An array whose unusable items are dropped instead of failing the whole response (one odd brand
 * must not take the catalog down). If no item at all is usable, the shape has changed: that fails.
 */
export function tolerantArray<T extends z.ZodType>(item: T) {
  return z.array(z.unknown()).transform((values, ctx): z.output<T>[] => {
    const kept: z.output<T>[] = [];
    let firstFailure: { index: number; error: z.ZodError } | undefined;
    values.forEach((value, index) => {
      const result = item.safeParse(value);
      if (result.success) kept.push(result.data);
      else firstFailure ??= { index, error: result.error };
    });
    if (firstFailure && kept.length === 0) {
      for (const issue of firstFailure.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: [firstFailure.index, ...issue.path] });
      }
      return z.NEVER;
    }
    return kept;
  });
}

/** `tolerantArray` that also accepts an absent or null list, as an empty one. */
export function optionalTolerantArray<T extends z.ZodType>(item: T) {
  return tolerantArray(item)
    .nullish()
    .transform((value): z.output<T>[] => value ?? []);
}

/**
 * An object answer that carries at least one of `keys` as a list. Every field of a tolerant answer may be missing,
 * so without this `{}`, an error page's JSON or another endpoint's answer would read as an empty catalog.
 */
export function withListIn<T extends z.ZodType>(keys: readonly string[], schema: T) {
  return z
    .unknown()
    .refine(
      (value) => typeof value === 'object' && value !== null && keys.some((key) => Array.isArray((value as Record<string, unknown>)[key])),
      `expected a list in ${keys.join(' or ')}`,
    )
    .pipe(schema);
}
