import { describe, expect, it } from 'vitest';
import messages from '@/lib/i18n/messages/en.json';
import { problemField, problemMessageKey } from '@/lib/checkout/problems';
import { toOrderProblem } from '@/lib/cryptorefills/errors';
import { KNOWN_PROBLEM_CODES } from '@/lib/cryptorefills/shared';

const problems: Record<string, string> = messages.problems;

describe('the problem-code message catalog', () => {
  it('has its own sentence for every documented code', () => {
    for (const code of KNOWN_PROBLEM_CODES) {
      expect(problemMessageKey(code)).toBe(code);
      expect(problems[code], code).toMatch(/\.\s|\.$/);
      expect(problems[code]!.length, code).toBeGreaterThan(30);
    }
  });

  it('says what to do next, not only what happened', () => {
    const actionable = /(choose|remove|check|enter|verify|try|use|add|contact|come back)/i;
    for (const code of KNOWN_PROBLEM_CODES) expect(problems[code], code).toMatch(actionable);
  });

  it('gives an unknown code a generic sentence that shows the code', () => {
    expect(problemMessageKey('SOMETHING_NEW')).toBe('UNKNOWN');
    expect(problems.UNKNOWN).toContain('{code}');
    expect(problemField('SOMETHING_NEW')).toBe('total');
  });

  it('places each problem next to the field it concerns', () => {
    expect(problemField('COUPON_EXPIRED')).toBe('coupon');
    expect(problemField('INVALID_BENEFICIARY_ACCOUNT')).toBe('recipient');
    expect(problemField('FULLNAME_MISSING')).toBe('fullName');
    expect(problemField('SUSPENDED_NETWORK')).toBe('payment');
    expect(problemField('OUT_OF_STOCK')).toBe('line');
    expect(problemField('KYC_MISSING')).toBe('account');
  });

  it('reads the delivery line from moreDetails when the upstream names it', () => {
    const lineOf = (moreDetails: unknown) => toOrderProblem({ problem: 'OUT_OF_STOCK', moreDetails }).deliveryIndex;
    expect(lineOf({ delivery_index: 2 })).toBe(2);
    expect(lineOf({ delivery_index: '1' })).toBe(1);
    expect(lineOf({ reason: 'x' })).toBeUndefined();
    expect(lineOf(null)).toBeUndefined();
    expect(lineOf({ delivery_index: -1 })).toBeUndefined();
  });
});

describe('problems as the form shows them', () => {
  it('shows a code once, next to the line only when it concerns a line', async () => {
    const { toFormProblems } = await import('@/lib/checkout/responses');
    expect(
      toFormProblems([
        { code: 'KYC_MISSING' },
        { code: 'KYC_MISSING', deliveryIndex: 0 },
        { code: 'OUT_OF_STOCK', deliveryIndex: 1 },
        { code: 'OUT_OF_STOCK', deliveryIndex: 1 },
        { code: 'COUPON_EXPIRED' },
      ]),
    ).toEqual([
      { code: 'KYC_MISSING', field: 'account' },
      { code: 'OUT_OF_STOCK', field: 'line', line: 1 },
      { code: 'COUPON_EXPIRED', field: 'coupon' },
    ]);
  });
});
