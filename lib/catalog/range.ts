// Checks an open amount against a range product's bounds and step grid. Client-safe and pure.
export interface AmountRange {
  min: number;
  max: number;
  /** The grid starts at `min` (the upstream accepts min + k × step). Absent or ≤ 0: every amount. */
  stepSize?: number;
}

export type RangeProblem = 'invalid' | 'below_min' | 'above_max' | 'off_step';
export type RangeCheck = { ok: true; value: number } | { ok: false; reason: RangeProblem };

const AMOUNT_PATTERN = /^-?(\d+(\.\d*)?|\.\d+)$/;
const MAX_DECIMALS = 8;

function decimalsOf(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return MAX_DECIMALS + 1;
  return text.split('.')[1]?.length ?? 0;
}

function parseAmount(input: string | number): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  const text = input.trim();
  if (!AMOUNT_PATTERN.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function hasStep(range: AmountRange): range is AmountRange & { stepSize: number } {
  return range.stepSize !== undefined && Number.isFinite(range.stepSize) && range.stepSize > 0;
}

// Compares on an integer grid: 2.07 - 2 is 0.0699999… in floating point, but 207 - 200 is exactly 7.
function isOnStep(value: number, min: number, step: number): boolean {
  const decimals = Math.max(decimalsOf(value), decimalsOf(min), decimalsOf(step));
  if (decimals > MAX_DECIMALS) return false;
  const scale = 10 ** decimals;
  const offset = Math.round(value * scale) - Math.round(min * scale);
  return offset % Math.round(step * scale) === 0;
}

export function checkRangeAmount(input: string | number, range: AmountRange): RangeCheck {
  const value = parseAmount(input);
  if (value === undefined) return { ok: false, reason: 'invalid' };
  if (value < range.min) return { ok: false, reason: 'below_min' };
  if (value > range.max) return { ok: false, reason: 'above_max' };
  if (hasStep(range) && !isOnStep(value, range.min, range.stepSize)) return { ok: false, reason: 'off_step' };
  return { ok: true, value };
}

/** The valid amount closest to `input` (clamped into the range, rounded to the step grid), or undefined if unreadable. */
export function nearestValidAmount(input: string | number, range: AmountRange): number | undefined {
  const value = parseAmount(input);
  if (value === undefined) return undefined;
  const clamped = Math.min(Math.max(value, range.min), range.max);
  if (!hasStep(range)) return clamped;
  const decimals = Math.min(Math.max(decimalsOf(range.min), decimalsOf(range.stepSize)), MAX_DECIMALS);
  const scale = 10 ** decimals;
  const step = Math.round(range.stepSize * scale);
  const min = Math.round(range.min * scale);
  const lastStep = Math.floor((Math.round(range.max * scale) - min) / step);
  const steps = Math.min(Math.max(Math.round((Math.round(clamped * scale) - min) / step), 0), lastStep);
  return (min + steps * step) / scale;
}
