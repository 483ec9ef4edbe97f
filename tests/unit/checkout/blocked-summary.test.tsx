// No problem the upstream can send leaves the buyer without a sentence beside "Place order": every known code, an
// unknown one, in every place (each field, a field this version does not know, none at all), on a line or not, in
// every language, through the summary as the page renders it.
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BlockedSummary } from '@/components/checkout/blocked-summary';
import type { CartItem } from '@/lib/cart/cart';
import { blockingReasons, type Reason } from '@/lib/checkout/blocking';
import type { FieldIssue } from '@/lib/checkout/form';
import { PROBLEM_FIELDS } from '@/lib/checkout/problems';
import { FormProblemSchema } from '@/lib/checkout/responses';
import { KNOWN_PROBLEM_CODES } from '@/lib/cryptorefills/shared';
import en from '@/lib/i18n/messages/en.json';
import id from '@/lib/i18n/messages/id.json';

const ACCOUNT = 'https://account.example.com/verify';
const items: CartItem[] = [
  { id: 'a', country: 'US', brand: 'Roblox', slug: 'roblox', deliveryType: 'by_email', denomination: '10 USD', recipient: '' },
  { id: 'b', country: 'US', brand: 'Valorant', slug: 'valorant', deliveryType: 'by_email', denomination: '10 USD', recipient: '' },
];

const MESSAGES = { en, id };

/** The summary's items (HTML); a message the summary asks for and does not find fails the test. */
function render(locale: keyof typeof MESSAGES, reasons: Reason[]): string[] {
  const errors: string[] = [];
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={MESSAGES[locale]} onError={(error) => errors.push(error.message)}>
      <BlockedSummary id="s" reasons={reasons} lineNames={['Roblox $10', 'Valorant $10']} accountUrl={ACCOUNT} fallback="" />
    </NextIntlClientProvider>,
  );
  expect(errors).toEqual([]);
  return [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1] ?? '');
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').trim();

// Each place a problem can arrive with: every known field, none (the schema fills it in), one unknown.
const FIELD_SHAPES: Record<string, unknown>[] = [...PROBLEM_FIELDS.map((field) => ({ field })), {}, { field: 'somewhere_new' }];
const LINE_SHAPES: Record<string, unknown>[] = [{}, { line: 1 }, { line: 7 }];
const CODES = [...KNOWN_PROBLEM_CODES, 'SOMETHING_NEW'];

describe('the summary beside Place order', () => {
  for (const locale of ['en', 'id'] as const) {
    it(`has a sentence for every problem, wherever it is placed (${locale})`, () => {
      for (const code of CODES) {
        for (const fieldShape of FIELD_SHAPES) {
          for (const lineShape of LINE_SHAPES) {
            const problem = FormProblemSchema.parse({ code, ...fieldShape, ...lineShape });
            const reasons = blockingReasons({
              items,
              recipients: {},
              email: 'a@example.com',
              fullName: '',
              issues: {},
              problems: [problem],
            });
            const shown = render(locale, reasons);
            const label = `${code} ${JSON.stringify({ ...fieldShape, ...lineShape })}`;
            expect(shown, label).toHaveLength(1);
            const sentence = text(shown[0] ?? '');
            expect(sentence.length, label).toBeGreaterThan(20);
            expect(sentence, label).not.toMatch(/problems\.|checkout\./);
          }
        }
      }
    });
  }

  it('says what is missing, and which line, for every check of the form', () => {
    // Every check the form makes (a Record, so a new one does not compile until it is listed here).
    const every: Record<FieldIssue, true> = {
      email: true,
      recipientEmail: true,
      recipientPhone: true,
      recipientPending: true,
      fullName: true,
      payment: true,
      refundFormat: true,
      refundChecksum: true,
      refundPending: true,
    };
    for (const issue of Object.keys(every) as FieldIssue[]) {
      for (const [locale, empty] of [
        ['en', true],
        ['en', false],
        ['id', true],
      ] as const) {
        const shown = render(locale, [{ kind: 'missing', issue, empty, line: issue.startsWith('recipient') ? 1 : undefined, target: 'x' }]);
        expect(text(shown[0] ?? '').length, `${issue} ${empty}`).toBeGreaterThan(20);
        if (issue.startsWith('recipient') && locale === 'en') expect(text(shown[0] ?? '')).toMatch(/^Valorant \$10: /);
      }
    }
  });

  it('links each problem to its field, and account problems to the account', () => {
    const problems = [
      { code: 'MULTIPLE_LIMITED_PRODUCT_SAME_ORDER', field: 'line', line: 1 },
      { code: 'COUPON_EXPIRED', field: 'coupon' },
      { code: 'KYC_MISSING', field: 'account' },
    ];
    const reasons = blockingReasons({ items, recipients: {}, email: '', fullName: '', issues: { email: 'email' }, problems });
    const shown = render('en', reasons);
    expect(shown[0]).toContain('href="#checkout-email"');
    expect(text(shown[0] ?? '')).toBe('Enter your e-mail address: the receipt and the codes go there.');
    expect(shown[1]).toContain('href="#remove-b"');
    expect(text(shown[1] ?? '')).toMatch(/^Valorant \$10: Only one of these limited products/);
    expect(shown[2]).toContain('href="#checkout-coupon"');
    expect(shown[3]).toContain(`href="${ACCOUNT}"`);
  });
});
