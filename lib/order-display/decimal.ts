// A plain non-negative decimal string ("101.48"), the shape every order amount has. Client-safe.
const DECIMAL = /^\d+(\.\d+)?$/;

export function isDecimal(value: string | undefined): value is string {
  return value !== undefined && DECIMAL.test(value);
}
