import { describe, expect, it } from 'vitest';
import { ORDER_STATES } from '@/lib/cryptorefills/shared';
import { describeState, timelineOf } from '@/lib/order-display/states';
import messages from '@/lib/i18n/messages/en.json';

type Words = Record<string, { title: string; body: string }>;
const words = messages.order.state as Words;
const steps = messages.order.timeline.steps as Record<string, string>;

describe('order states in words', () => {
  it.each(ORDER_STATES)('%s has a title, a sentence and a timeline label', (state) => {
    const info = describeState(state);
    expect(info.key).toBe(state);
    expect(words[info.key]?.title).toMatch(/\w{3,}/);
    expect(words[info.key]?.body).toMatch(/\w+ \w+/);
    expect(steps[state]).toMatch(/\w{3,}/);
  });

  it('an unknown state reads as "in progress", and a terminal one says to contact support', () => {
    expect(describeState('SomethingNew')).toMatchObject({ key: 'Unknown', tone: 'progress', terminal: false, next: null });
    expect(describeState('Canceled')).toMatchObject({ key: 'Unknown', terminal: true, next: 'contact_support' });
    expect(words.Unknown?.title).toBe('In progress');
  });

  it('expired, failed, refunded and reviewed orders say what to do next', () => {
    const next = messages.order.next as Record<string, string>;
    for (const state of ['Expired', 'PaymentFailed', 'PaymentSetupFailed', 'Refunded', 'WaitingForManualAction']) {
      const step = describeState(state).next;
      expect(step, state).not.toBeNull();
      expect(next[step ?? '']).toMatch(/support/);
    }
  });
});

const view = (steps: ReturnType<typeof timelineOf>) => steps.map((s) => `${s.state}:${s.status}`);

describe('timelineOf', () => {
  it('shows the happy path with the current step', () => {
    expect(view(timelineOf('PaymentReceived', ['PaymentReceived'], 'full'))).toEqual([
      'Created:done',
      'WaitingForPayment:done',
      'PaymentStarted:done',
      'PaymentReceived:current',
      'WaitingForDelivery:upcoming',
      'Done:upcoming',
    ]);
  });

  it('adds a partial payment where it happened', () => {
    expect(view(timelineOf('PartialPaymentStarted', ['WaitingForPayment', 'PartialPaymentStarted'], 'partial')).slice(1, 4)).toEqual([
      'WaitingForPayment:done',
      'PartialPaymentStarted:current',
      'PaymentStarted:upcoming',
    ]);
    expect(view(timelineOf('Done', ['PartialPaymentStarted', 'PaymentStarted', 'Done'], 'full'))).toContain('PartialPaymentStarted:done');
  });

  it('ends an expired order after the furthest step reached', () => {
    expect(view(timelineOf('Expired', ['WaitingForPayment', 'Expired'], 'none'))).toEqual([
      'Created:done',
      'WaitingForPayment:done',
      'Expired:current',
    ]);
    expect(view(timelineOf('Expired', ['Expired'], 'partial'))).toEqual([
      'Created:done',
      'WaitingForPayment:done',
      'PartialPaymentStarted:done',
      'Expired:current',
    ]);
  });

  it('places a manual review after the step reached before it', () => {
    expect(view(timelineOf('WaitingForManualAction', ['PaymentReceived', 'WaitingForManualAction'], 'full')).slice(3, 6)).toEqual([
      'PaymentReceived:done',
      'WaitingForManualAction:current',
      'WaitingForDelivery:upcoming',
    ]);
    expect(view(timelineOf('Done', ['PaymentReceived', 'WaitingForManualAction', 'WaitingForDelivery', 'Done'], 'full'))).toContain(
      'WaitingForManualAction:done',
    );
  });

  it('shows a refund after delivery as the last step', () => {
    expect(view(timelineOf('Refunded', ['Done', 'Refunded'], 'full')).slice(-2)).toEqual(['Done:done', 'Refunded:current']);
  });
});
