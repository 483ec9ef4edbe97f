import { describe, expect, it } from 'vitest';
import { brandPaths, countryPaths, sitemapIndex, urlSet } from '@/lib/seo/sitemap';

describe('the sitemap', () => {
  it('indexes the country sitemap and one sitemap per supported country', () => {
    const index = sitemapIndex('https://shop.example');
    expect(index).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex /);
    expect(index.match(/<sitemap>/g)).toHaveLength(1 + 233);
    expect(index).toContain('<loc>https://shop.example/sitemaps/countries.xml</loc>');
    expect(index).toContain('<loc>https://shop.example/sitemaps/ID.xml</loc>');
  });

  it('lists the picker and every country’s home and directory', () => {
    const paths = countryPaths();
    expect(paths).toHaveLength(1 + 233 * 2);
    expect(paths).toEqual(expect.arrayContaining(['/countries', '/US', '/US/brands', '/ID/brands']));
  });

  it('lists each brand page once, encoded, and escapes XML', () => {
    expect(brandPaths('US', ['amazon-com', 'amazon-com', 'caf\u00e9'])).toEqual(['/US/amazon-com', '/US/caf%C3%A9']);
    expect(urlSet('https://a.example', ['/x?a=1&b=<2>'])).toContain('<loc>https://a.example/x?a=1&amp;b=&lt;2&gt;</loc>');
  });
});
