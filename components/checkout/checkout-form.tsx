'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import type { CartItem } from '@/lib/cart/cart';
import { cart, useCart } from '@/lib/cart/store';
import { formatCoinAmount } from '@/lib/order-display/amount-text';
import { blockingReasons } from '@/lib/checkout/blocking';
import { buildCheckoutRequest, type CheckoutFormState } from '@/lib/checkout/form';
import { initialPayment, needsFullName, paymentWishes, type CoinOption } from '@/lib/checkout/payment-options';
import { usePlaceOrder } from '@/lib/checkout/use-place-order';
import { usePhoneChecker, useRefundChecker } from '@/lib/checkout/use-checks';
import { useCheckoutValidation } from '@/lib/checkout/use-validation';
import { BuyerFields } from './buyer-fields';
import { DeliveryLine, lineLabel } from './delivery-line';
import { OrderTotal } from './order-total';
import { PaymentChoice } from './payment-choice';
import { ProblemMessage } from './problem-message';
import { RefundAddress } from './refund-address';

const PAYMENT_KEY = 'sf_payment_v1';

interface Props {
  options: CoinOption[];
  defaults: { coin: string; network: string };
  /** "Buy now": this one item instead of the cart. */
  buyNow?: CartItem;
  /** The buyer's account with Cryptorefills: the next step of an identity check or a spending limit. */
  accountUrl: string;
}

export function CheckoutForm({ options, defaults, buyNow, accountUrl }: Props) {
  const t = useTranslations('checkout');
  const locale = useLocale();
  const router = useRouter();
  const cartItems = useCart();
  const items = useMemo(() => (buyNow ? [buyNow] : cartItems), [buyNow, cartItems]);
  const [state, setState] = useState<Omit<CheckoutFormState, 'items'>>(() => ({
    recipients: {},
    email: '',
    newsletter: false,
    coupon: '',
    fullName: '',
    refundAddress: '',
    ...(initialPayment(options, paymentWishes(buyNow ? [buyNow] : [], null, defaults)) ?? { coin: '', network: '' }),
  }));
  const [showIssues, setShowIssues] = useState(false);
  // Once the upstream asked for the buyer's name (FULLNAME_MISSING), the field stays, so the name typed is sent.
  const [nameAsked, setNameAsked] = useState(false);

  // The coin the items were chosen in on their brand page, if any: it comes first (then the remembered one).
  const chosen = items.findLast((item) => item.coin !== undefined);
  const [chosenCoin, chosenNetwork] = [chosen?.coin, chosen?.network];
  const { coin: defaultCoin, network: defaultNetwork } = defaults;
  useEffect(() => {
    const saved = JSON.parse(window.localStorage.getItem(PAYMENT_KEY) ?? 'null') as { coin: string; network: string } | null;
    const wished = chosenCoin ? [{ coin: chosenCoin, network: chosenNetwork }] : [];
    const preferred = initialPayment(options, paymentWishes(wished, saved, { coin: defaultCoin, network: defaultNetwork }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage is only readable after hydration
    if (preferred) setState((s) => ({ ...s, ...preferred }));
  }, [options, chosenCoin, chosenNetwork, defaultCoin, defaultNetwork]);

  const checkRefund = useRefundChecker(state.refundAddress.trim() !== '');
  const toE164 = usePhoneChecker(items.some((item) => item.deliveryType === 'by_phone'));
  const { request, quote, issues } = buildCheckoutRequest({ ...state, items, nameAsked }, checkRefund, toE164);
  // The price as soon as the products, coin and network are known; the order once everything is there.
  const validation = useCheckoutValidation(quote);
  const order = usePlaceOrder(validation.key);
  // Only the answer for the form as it is now: an earlier one's problems may no longer be true (e.g. the name since typed).
  const checked = validation.settled ? validation.data : undefined;
  const problems = order.state.kind === 'problems' ? order.state.problems : (checked?.problems ?? []);
  const at = (field: string) => problems.filter((p) => p.field === field);
  if (!nameAsked && problems.some((p) => p.code === 'FULLNAME_MISSING')) setNameAsked(true);
  const needsName = needsFullName(state.coin, state.network) ? 'network' : nameAsked ? 'asked' : false;
  const linePrices = checked?.lines ?? [];
  const priceOf = (index: number) => {
    const amount = linePrices[index]?.coinAmount;
    return amount ? t('amountInCoin', { amount: formatCoinAmount(amount, locale), coin: state.coin }) : undefined;
  };
  const reasons = blockingReasons({ items, recipients: state.recipients, email: state.email, fullName: state.fullName, issues, problems });

  useEffect(() => {
    if (order.state.kind !== 'created') return;
    const recent = {
      orderId: order.state.orderId,
      createdAt: Date.now(),
      summary: items.map((i) => i.brand).join(', '),
      coinAmount: validation.data?.coinAmount,
      coin: state.coin,
    };
    // The recent orders list (and its reader's checks) is only needed once an order exists: loaded then, not with the form.
    void import('@/lib/order-feed/recent')
      .then(({ rememberRecentOrder }) => rememberRecentOrder(window.localStorage, recent))
      .catch(() => undefined)
      .finally(() => {
        if (!buyNow) cart.clear();
        router.push(`/orders/${recent.orderId}`);
      });
  }, [order.state, buyNow, items, router, state.coin, validation.data?.coinAmount]);

  function setPayment(choice: { coin: string; network: string }) {
    window.localStorage.setItem(PAYMENT_KEY, JSON.stringify(choice));
    setState((s) => ({ ...s, ...choice }));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setShowIssues(true);
    const total = validation.data?.coinAmount;
    if (request && validation.settled && validation.data?.valid && total) void order.place(request, total);
  }

  // A number typed while the phone checks load is not the buyer's mistake: nothing is said under the field meanwhile.
  const issueText = (key: string, typed: string) => ((showIssues || typed) && issues[key] !== 'recipientPending' ? issues[key] : undefined);
  if (items.length === 0) return <p className="text-muted">{t('empty')}</p>;

  return (
    <form onSubmit={submit} noValidate className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div className="flex flex-col gap-8">
        <section aria-labelledby="lines-heading">
          <h2 id="lines-heading" className="mb-3 text-lg font-semibold">
            {t('linesHeading', { count: items.length })}
          </h2>
          <ul className="flex flex-col gap-3">
            {items.map((item, index) => {
              const typed = state.recipients[item.id] ?? item.recipient;
              const issue = issueText(item.id, typed);
              return (
                <DeliveryLine
                  key={item.id}
                  item={item}
                  index={index}
                  recipient={typed}
                  problems={problems}
                  price={priceOf(index)}
                  recipientError={issue ? t(`issues.${issue}`) : undefined}
                  onRecipient={(value) => {
                    setState((s) => ({ ...s, recipients: { ...s.recipients, [item.id]: value } }));
                    if (!buyNow) cart.update(item.id, { recipient: value });
                  }}
                  onRemove={buyNow ? undefined : () => cart.remove(item.id)}
                />
              );
            })}
          </ul>
        </section>
        <section aria-labelledby="payment-heading">
          <h2 id="payment-heading" className="mb-3 text-lg font-semibold">
            {t('paymentHeading')}
          </h2>
          <PaymentChoice
            options={options}
            coin={state.coin}
            network={state.network}
            onChange={setPayment}
            problem={<ProblemMessage problems={at('payment')} />}
          />
          <RefundAddress
            coin={state.coin}
            network={state.network}
            value={state.refundAddress}
            issue={issues.refundAddress}
            submitted={showIssues}
            onChange={(refundAddress) => setState((s) => ({ ...s, refundAddress }))}
          />
        </section>
        <BuyerFields
          state={state}
          onChange={(patch) => setState((s) => ({ ...s, ...patch }))}
          needsName={needsName}
          emailIssue={issueText('email', state.email)}
          nameIssue={issueText('fullName', state.fullName)}
          problems={{ email: at('email'), coupon: at('coupon'), fullName: at('fullName') }}
        />
      </div>
      <OrderTotal
        coin={state.coin}
        network={state.network}
        validation={validation}
        place={order.state}
        priced={Boolean(quote)}
        canPlace={Boolean(request)}
        reasons={reasons}
        lineNames={items.map((item) => `${item.brand} ${lineLabel(item, locale)}`)}
        accountUrl={accountUrl}
        onConfirmNewPrice={(amount) => request && void order.place(request, amount, true)}
        onRetry={order.retry}
      />
    </form>
  );
}
