import { describe, expect, it } from 'vitest';
import { clockSkewMs, deadlineMs, formatRemaining, isoDuration, remainingMs, urgencyOf } from '@/lib/order-display/countdown';

const CREATED = 1_767_225_600;

describe('countdown', () => {
  it('ends 30 minutes after createdAt (or paymentRequestedAt)', () => {
    expect(deadlineMs({ createdAt: CREATED, paymentRequestedAt: undefined })).toBe((CREATED + 1800) * 1000);
    expect(deadlineMs({ createdAt: undefined, paymentRequestedAt: CREATED })).toBe((CREATED + 1800) * 1000);
    expect(deadlineMs({ createdAt: undefined, paymentRequestedAt: undefined })).toBeUndefined();
  });

  it('corrects a browser clock that runs 7 minutes fast', () => {
    const serverNow = CREATED * 1000 + 60_000;
    const browserNow = serverNow + 7 * 60_000;
    const skew = clockSkewMs(serverNow, browserNow);
    const deadline = deadlineMs({ createdAt: CREATED, paymentRequestedAt: undefined }) ?? 0;
    expect(formatRemaining(remainingMs(deadline, browserNow, skew))).toBe('29:00');
    expect(formatRemaining(remainingMs(deadline, browserNow, 0))).toBe('22:00');
  });

  it('corrects a browser clock that runs behind, and never goes below zero', () => {
    const deadline = (CREATED + 1800) * 1000;
    const serverNow = deadline - 90_500;
    const browserNow = serverNow - 3_600_000;
    expect(formatRemaining(remainingMs(deadline, browserNow, clockSkewMs(serverNow, browserNow)))).toBe('1:31');
    expect(remainingMs(deadline, deadline + 5000, 0)).toBe(0);
  });

  it('stays calm until the last five minutes', () => {
    expect(urgencyOf(5 * 60_000)).toBe('calm');
    expect(urgencyOf(5 * 60_000 - 1)).toBe('urgent');
    expect(urgencyOf(0)).toBe('over');
  });

  it('formats hours, minutes and seconds for people and for <time>', () => {
    expect(formatRemaining(3_723_000)).toBe('1:02:03');
    expect(formatRemaining(0)).toBe('0:00');
    expect(isoDuration(125_000)).toBe('PT2M5S');
  });
});
