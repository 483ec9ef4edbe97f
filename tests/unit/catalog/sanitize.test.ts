import { describe, expect, it } from 'vitest';
import { sanitizeUpstreamHtml } from '@/lib/html/sanitize';

// The sandbox's Twitch texts, as the upstream could send them.
const TWITCH_DESCRIPTION =
  '<p style="color:red" onclick="alert(\'desc\')">Support <strong>Twitch</strong> streamers.</p><iframe src="https://evil.example/frame"></iframe>';
const TWITCH_REDEEM =
  '<ol><li>Go to <a href="https://www.twitch.tv/redeem">twitch.tv/redeem</a>.</li><li>Enter your code<img src="x" onerror="alert(\'redeem\')">.</li><li>Read the <a href="javascript:alert(\'js\')">FAQ</a>.</li></ol>';
const TWITCH_TERMS =
  '<p>Twitch gift cards are non-refundable.</p><script>alert(1)</script><p><img src="x" onerror="alert(document.cookie)"> Full terms at <a href="https://www.twitch.tv/p/legal/terms-of-sale/" target="_self">twitch.tv</a>.</p>';

describe('sanitizeUpstreamHtml', () => {
  it('never lets a <script> through, not even its text', () => {
    const html = sanitizeUpstreamHtml(TWITCH_TERMS);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('<p>Twitch gift cards are non-refundable.</p>');
  });

  it('drops event handlers, inline styles, images and iframes', () => {
    const html = sanitizeUpstreamHtml(`${TWITCH_DESCRIPTION}${TWITCH_REDEEM}${TWITCH_TERMS}`);
    expect(html).not.toMatch(/onclick|onerror|style=|<img|<iframe|evil\.example/i);
    expect(html).toContain('<strong>Twitch</strong>');
  });

  it('removes javascript: and other unsafe link targets but keeps the text', () => {
    const html = sanitizeUpstreamHtml(
      '<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt:alert(2)">b</a><a href="data:text/html,x">c</a><a href="//evil.example">d</a><a href="/relative">e</a>',
    );
    expect(html).toBe('<span>a</span><span>b</span><span>c</span><span>d</span><span>e</span>');
  });

  it('opens web links in a new tab without a referrer or an opener, and marks them nofollow', () => {
    const html = sanitizeUpstreamHtml('<a href="https://www.twitch.tv/redeem" target="_self" class="x">redeem</a>');
    expect(html).toBe('<a href="https://www.twitch.tv/redeem" rel="noopener noreferrer nofollow" target="_blank">redeem</a>');
  });

  it('keeps mailto links, in the same tab', () => {
    expect(sanitizeUpstreamHtml('<a href="mailto:help@example.com">mail us</a>')).toBe(
      '<a href="mailto:help@example.com" rel="noopener noreferrer nofollow">mail us</a>',
    );
  });

  it('keeps basic formatting, lists and tables, and moves top-level headings below the page’s own', () => {
    const html = sanitizeUpstreamHtml(
      '<h1>Title</h1><h4>Sub</h4><ul><li><em>one</em> <b>two</b> <u>three</u></li></ul><table><tbody><tr><td>1</td></tr></tbody></table>',
    );
    expect(html).toBe(
      '<h3>Title</h3><h4>Sub</h4><ul><li><em>one</em> <b>two</b> <u>three</u></li></ul><table><tbody><tr><td>1</td></tr></tbody></table>',
    );
  });

  it('returns an empty string for nothing', () => {
    expect(sanitizeUpstreamHtml(undefined)).toBe('');
    expect(sanitizeUpstreamHtml('')).toBe('');
    expect(sanitizeUpstreamHtml('<script>x</script>')).toBe('');
  });
});
