// The checkout's browser-side checks are written by hand (no zod in its JavaScript): each must say yes and no
// exactly where the zod schema it stands for does, on a table of cases and on generated ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readError, readFormProblem, readPlaceAnswer, readRetryAfter, readValidationAnswer } from '@/lib/checkout/answers';
import { isEmail } from '@/lib/checkout/form';
import {
  ErrorAnswerSchema,
  FormProblemSchema,
  PlaceAnswerSchema,
  RetryAfterSchema,
  ValidationAnswerSchema,
} from '@/lib/checkout/responses';

const RUNS = { numRuns: 2000 };

/** The reader's verdict and value are zod's: undefined where zod refuses. */
function sameAs<T>(schema: z.ZodType<T>, read: (value: unknown) => T | undefined, value: unknown) {
  const parsed = schema.safeParse(value);
  expect(read(value), JSON.stringify(value)).toEqual(parsed.success ? parsed.data : undefined);
}

const zodEmail = (value: string) => z.email().safeParse(value.trim()).success;

describe('the e-mail check', () => {
  const table = [
    'buyer@example.com',
    '  buyer@example.com ',
    'first.last+tag@sub.example.co',
    "o'brien@example.ie",
    "buyer'@example.com",
    'a_b-c@ex-ample.com',
    'x@y.io',
    '',
    'buyer',
    'buyer@',
    '@example.com',
    'buyer@example',
    'buyer@example.c',
    'buyer@@example.com',
    '.buyer@example.com',
    'buyer.@example.com',
    'bu..yer@example.com',
    'buyer@-example.com',
    'buyer@example..com',
    'buyer@exa mple.com',
    'bü yer@example.com',
    'büyer@example.com',
    'buyer@例え.jp',
    'buyer@example.com.',
    'buyer@123.45',
    'a@b.c0m',
  ];

  it('says what z.email() says, on a table', () => {
    for (const value of table) expect(isEmail(value), value).toBe(zodEmail(value));
    expect(table.filter(isEmail).length).toBeGreaterThan(4);
  });

  it('says what z.email() says, on generated addresses and near misses', () => {
    const near = fc
      .tuple(fc.emailAddress(), fc.nat(), fc.constantFrom('', '.', '@', ' ', '-', '..', 'ü', '+', "'", '_', '1'))
      .map(([email, at, insert]) => {
        const i = at % (email.length + 1);
        return email.slice(0, i) + insert + email.slice(i);
      });
    const pieces = fc
      .array(fc.constantFrom('a', 'Z', '0', '.', '-', '_', '+', "'", '@', ' ', 'é', 'com', 'io', 'x.y'), { maxLength: 14 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), near, pieces, fc.string()), (value) => isEmail(value) === zodEmail(value)),
      RUNS,
    );
  });
});

// Values of every JSON kind, and the near misses of each field's type.
const anything = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 100_000 }),
  fc.constantFrom(0.5, -1, Number.MAX_SAFE_INTEGER + 2, Number.NaN, 1e21),
  fc.string({ maxLength: 90 }),
  fc.constant([]),
  fc.constant({}),
);
const text = (max: number) => fc.oneof(fc.string({ maxLength: max }), fc.string({ minLength: max - 2, maxLength: max + 2 }));
const problem = fc.record(
  {
    code: fc.oneof(text(80), anything),
    field: fc.oneof(text(40), anything),
    line: fc.oneof(fc.nat(5), anything),
    extra: anything,
  },
  { requiredKeys: [] },
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: anything });

describe('reading our answers by hand', () => {
  it('reads a problem as FormProblemSchema does (an unknown field is the total)', () => {
    for (const value of [
      { code: 'KYC_MISSING', field: 'account' },
      { code: 'OUT_OF_STOCK', field: 'line', line: 1, extra: true },
      { code: 'X', field: 'somewhere-this-version-does-not-know-of-at-all' },
      { code: 'X' },
      { code: 'X', line: -1 },
      { code: 'X', line: 1.5 },
      { code: 'X'.repeat(81) },
      { field: 'total' },
      null,
      [],
    ])
      sameAs(FormProblemSchema, readFormProblem, value);
    fc.assert(
      fc.property(problem, (value) => sameAs(FormProblemSchema, readFormProblem, value)),
      RUNS,
    );
  });

  it('reads the validation answer as ValidationAnswerSchema does', () => {
    const valid = { valid: true, coin: 'USDC', coinAmount: '10.15', lines: [{ coinAmount: '10.15' }], problems: [] };
    for (const value of [
      valid,
      { ...valid, lines: undefined },
      { ...valid, lines: null },
      { ...valid, lines: [{}] },
      { ...valid, lines: [{ coinAmount: 3 }] },
      {
        ...valid,
        problems: [
          { code: 'KYC_MISSING', field: 'account' },
          { code: 'X', field: 7 },
        ],
      },
      { ...valid, problems: [{ code: 'X', line: 'one' }] },
      { ...valid, problems: undefined },
      { ...valid, valid: 'yes' },
      { ...valid, couponCode: 5 },
      { ...valid, originalCoinAmount: '12', couponCode: 'SAVE' },
      'valid',
    ])
      sameAs(ValidationAnswerSchema, readValidationAnswer, value);
    const answer = fc.record(
      {
        valid: maybe(fc.boolean()),
        coin: maybe(fc.string()),
        coinAmount: maybe(fc.string()),
        originalCoinAmount: maybe(fc.string()),
        couponCode: maybe(fc.string()),
        lines: maybe(fc.array(maybe(fc.record({ coinAmount: maybe(fc.string()) }, { requiredKeys: [] })), { maxLength: 3 })),
        problems: maybe(fc.array(problem, { maxLength: 3 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answer, (value) => sameAs(ValidationAnswerSchema, readValidationAnswer, value)),
      RUNS,
    );
  });

  it('reads an order’s answer as PlaceAnswerSchema does, and none of its shapes as nothing', () => {
    const read = (value: unknown) => {
      const parsed = PlaceAnswerSchema.safeParse(value);
      expect(readPlaceAnswer(value), JSON.stringify(value)).toEqual(parsed.success ? parsed.data : {});
    };
    for (const value of [
      { orderId: 'ord_1' },
      { coinAmount: '10.20' },
      { problems: [{ code: 'KYC_MISSING', field: 'account' }] },
      { problems: [{ field: 'account' }] },
      { error: { code: 'RATE_LIMITED', message: 'Too many.' } },
      { error: { code: 'RATE_LIMITED' } },
      { orderId: 7 },
      null,
      'Bad gateway',
      {},
    ])
      read(value);
    const error = maybe(fc.record({ code: maybe(fc.string()), message: maybe(fc.string()) }, { requiredKeys: [] }));
    const answer = fc.record(
      { orderId: maybe(fc.string()), coinAmount: maybe(fc.string()), problems: maybe(fc.array(problem, { maxLength: 2 })), error },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.oneof(answer, anything), read), RUNS);
  });

  it('reads an error as ErrorAnswerSchema does', () => {
    const error = fc.record({ error: maybe(fc.record({ code: maybe(fc.string()), message: maybe(fc.string()) })) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(error, anything), (value) => {
        const parsed = ErrorAnswerSchema.safeParse(value);
        expect(readError(value)).toEqual(parsed.success ? parsed.data.error : undefined);
      }),
      RUNS,
    );
  });

  it('reads Retry-After as RetryAfterSchema does: whole seconds, 1 to a day', () => {
    const same = (header: string | null) => {
      const parsed = RetryAfterSchema.safeParse(header ?? undefined);
      expect(readRetryAfter(header), String(header)).toBe(parsed.success ? parsed.data : undefined);
    };
    for (const header of [
      null,
      '',
      ' ',
      '0',
      '1',
      '60',
      ' 60 ',
      '1.5',
      '-5',
      '86400',
      '86401',
      '1e3',
      '0x10',
      'abc',
      'Wed, 21 Oct 2026 07:28:00 GMT',
    ])
      same(header);
    fc.assert(
      fc.property(fc.oneof(fc.constant(null), fc.string({ maxLength: 8 }), fc.integer({ min: -10, max: 100_000 }).map(String)), same),
      RUNS,
    );
  });
});
