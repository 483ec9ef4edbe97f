// Upstream descriptions, redeem steps and terms are HTML we do not control (one brand ships a <script>):
// only basic text formatting survives, and links open outside the store without handing it a referrer.
import 'server-only';
import sanitizeHtml from 'sanitize-html';

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
const WEB_HREF = /^https?:\/\//i;

function link(_tagName: string, upstream: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const href = upstream.href?.trim() ?? '';
  // A link we cannot keep stays as its text, not as an <a> that looks clickable and goes nowhere.
  if (!SAFE_HREF.test(href)) return { tagName: 'span', attribs: {} };
  const attribs: sanitizeHtml.Attributes = { href, rel: 'noopener noreferrer nofollow' };
  if (WEB_HREF.test(href)) attribs.target = '_blank';
  return { tagName: 'a', attribs };
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    'ul',
    'ol',
    'li',
    'a',
    'h3',
    'h4',
    'h5',
    'h6',
    'span',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The page's own h1/h2 frame the text: upstream headings start one level below.
  transformTags: { a: link, h1: 'h3', h2: 'h3' },
};

/** Upstream HTML reduced to safe text formatting; '' for nothing. */
export function sanitizeUpstreamHtml(html: string | undefined): string {
  if (!html) return '';
  return sanitizeHtml(html, OPTIONS).trim();
}
