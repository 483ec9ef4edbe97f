import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/config';
import { pageRoute, QUERY_SEGMENT, ROUTE_HEADERS } from '@/lib/routing/page-route';

const route = (path: string, query = '') => pageRoute(path, new URLSearchParams(query));

describe('where a page request is rendered', () => {
  it('serves the catalog as shared pages, whatever else the URL carries', () => {
    for (const path of ['/US', '/US/brands', '/US/steam', '/countries', '/ZZ', '/US/steam/x']) {
      expect(route(path), path).toEqual({ kind: 'shared', readsQuery: false });
    }
    // Campaign and click ids change nothing on the page: the shared page serves them.
    expect(route('/US/steam', 'utm_source=news&fbclid=1')).toEqual({ kind: 'shared', readsQuery: false });
    expect(route('/US/brands', 'utm_campaign=x')).toEqual({ kind: 'shared', readsQuery: false });
  });

  it('renders per request what depends on the visitor or on the query the page reads', () => {
    for (const path of ['/', '/checkout', '/orders', '/orders/ABC', '/orders/ABC/receipt', '/unavailable']) {
      expect(route(path), path).toEqual({ kind: 'private', readsQuery: false });
    }
    for (const query of ['q=amaz', 'kind=gift_card', 'category=games', 'page=2']) {
      expect(route('/US/brands', query), query).toEqual({ kind: 'private', readsQuery: true });
    }
    for (const query of ['coin=USDT', 'denomination=50', 'amount=12', 'brand=x']) {
      expect(route('/US/steam', query), query).toEqual({ kind: 'private', readsQuery: true });
    }
    // The country home has no query of its own.
    expect(route('/US', 'q=amaz')).toEqual({ kind: 'shared', readsQuery: false });
  });

  it('renders afresh the catalog page a visitor tries again after upstream trouble', () => {
    for (const path of ['/US', '/US/brands', '/US/steam']) {
      expect(pageRoute(path, new URLSearchParams(), true), path).toEqual({ kind: 'private', readsQuery: true });
    }
    // Pages without a twin stay as they are.
    expect(pageRoute('/countries', new URLSearchParams(), true)).toEqual({ kind: 'shared', readsQuery: false });
    expect(pageRoute('/checkout', new URLSearchParams(), true)).toEqual({ kind: 'private', readsQuery: false });
  });

  it("matches next.config.js's rewrites: the same headers, the same twin segment", () => {
    const config = readFileSync('next.config.js', 'utf8');
    expect(config).toContain(`key: '${ROUTE_HEADERS.locale}'`);
    expect(config).toContain(`key: '${ROUTE_HEADERS.query}'`);
    // Every language the proxy may name is one the rewrites accept.
    expect(config).toContain(`'(?<locale>${LOCALES.join('|')})'`);
    expect(config).toContain(`/brands/${QUERY_SEGMENT}'`);
    expect(config).toContain(`/:brand/${QUERY_SEGMENT}'`);
    expect(config).toContain(`'/:locale/:country/${QUERY_SEGMENT}'`);
  });
});
