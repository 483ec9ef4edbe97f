import { chromium } from '@playwright/test';
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const p = await b.newPage();
  for (const u of ['/US', '/US/brands', '/US/airbnb']) {
    await p.goto('http://127.0.0.1:3100' + u, { waitUntil: 'networkidle' });
    const n = await p.evaluate(() => document.getElementsByTagName('*').length);
    const m = await p.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('_next/static'))
        .map((e) => (e as PerformanceResourceTiming).encodedBodySize)
        .reduce((a, b) => a + b, 0),
    );
    console.log(u, 'nodes', n, 'js bytes', m);
  }
  await b.close();
})();
