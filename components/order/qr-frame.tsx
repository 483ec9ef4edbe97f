/**
 * The white tile a QR sits on, sized before the code is drawn (no layout shift while a renderer loads), and the
 * code's accessible image: `children` is the drawing itself, hidden from assistive technology. Narrower screens
 * than the code shrink it rather than cut it. No hooks: the server and the browser both render it.
 */
export function QrFrame({ label, size, children }: { label: string; size: number; children: React.ReactNode }) {
  return (
    <div
      className="inline-block aspect-square max-w-full self-center rounded-lg bg-white p-2 shadow-sm ring-1 ring-border sm:self-start"
      style={{ width: `calc(${size}px + 1rem)` }}
      data-testid="qr-tile"
    >
      <div role="img" aria-label={label} className="size-full">
        {children}
      </div>
    </div>
  );
}
