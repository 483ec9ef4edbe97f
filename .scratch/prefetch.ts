import { chromium } from '@playwright/test';
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const u of ['/US', '/US/brands', '/US/airbnb']) {
    const p = await b.newPage();
    const rsc: string[] = [];
    p.on('request', (r) => {
      if (r.url().includes('_rsc=') || r.headers()['rsc']) rsc.push(r.url().replace('http://127.0.0.1:3100', ''));
    });
    await p.goto('http://127.0.0.1:3100' + u, { waitUntil: 'networkidle' });
    console.log(u, rsc.length, rsc.slice(0, 40).join(' '));
    await p.close();
  }
  await b.close();
})();
