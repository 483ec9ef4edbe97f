import { describe, expect, it } from 'vitest';
import { barcodeSvg } from '../../../sandbox/deliverables';
import type { OrderLine } from '../../../sandbox/order-model';
import { orderWire } from '../../../sandbox/order-wire';
import { OrderStore } from '../../../sandbox/orders';
import { FakeTime, line, newOrder } from './fixtures';

describe('deliverables per kind', () => {
  function doneWire(l: OrderLine) {
    const time = new FakeTime();
    const store = new OrderStore({ now: time.now, timers: time, transitionMs: 0 });
    const order = store.create(newOrder([l]));
    store.force(order.id, 'Done');
    return orderWire(order, 'http://127.0.0.1:4010').deliveries[0]?.deliverable;
  }

  it('eSIM: LPA string and activation code', () => {
    const d = doneWire(line({ kind: 'mobile_recharge', category: 'e-sim', isEsim: true, denomination: '1 GB 7 days' }));
    expect(d?.qr_image_url).toMatch(/^LPA:1\$[^$]+\$[A-Z0-9]+$/);
    expect(d?.qr_image_url?.endsWith(d?.pin_code ?? '-')).toBe(true);
  });

  it('top-up: operator reference and no code', () => {
    const d = doneWire(
      line({ kind: 'mobile_recharge', category: 'mobile_credits', deliveryType: 'by_phone', beneficiary: '+14155551234' }),
    );
    expect(d?.operator_reference).toMatch(/^OPR-\d{10}$/);
    expect(d).not.toHaveProperty('pin_code');
  });

  it('gift card: a PIN with serial, security code and a served barcode, or a claim URL', () => {
    let sawPin = false;
    let sawUrl = false;
    for (let i = 0; i < 40 && !(sawPin && sawUrl); i++) {
      const d = doneWire(line({ brandId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
      if (d?.pin_code?.startsWith('https://')) {
        sawUrl = true;
      } else {
        sawPin = true;
        expect(d?.pin_code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
        expect(d?.pin_serial).toMatch(/^\d{12}$/);
        expect(d?.security_code).toMatch(/^\d{4}$/);
        expect(d?.barcode_image_url).toMatch(/^http:\/\/127\.0\.0\.1:4010\/barcodes\/\d{16}\.svg$/);
      }
    }
    expect(sawPin && sawUrl).toBe(true);
  });
});

describe('barcode images', () => {
  it('renders an SVG that carries the code', () => {
    const svg = barcodeSvg('1234567890123456');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>1234567890123456</text>');
  });
});
