import { sanitizeUpstreamHtml } from '@/lib/html/sanitize';

const PROSE =
  'flex flex-col gap-2 leading-relaxed [&_a]:text-primary-ink [&_a]:underline [&_h3]:font-semibold [&_h4]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_td]:border [&_td]:border-border [&_td]:px-2 [&_th]:border [&_th]:border-border [&_th]:px-2 [&_ul]:list-disc [&_ul]:pl-5';

/** Upstream HTML, sanitised on the server before it reaches the page; nothing at all when it is empty. */
export function RichText({ html }: { html: string | undefined }) {
  const clean = sanitizeUpstreamHtml(html);
  if (!clean) return null;
  return <div className={PROSE} dangerouslySetInnerHTML={{ __html: clean }} />;
}
