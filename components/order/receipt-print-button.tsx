'use client';

/** The receipt's Print button: the browser's own print dialog (the page's print styles drop the site's chrome). */
export function ReceiptPrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
      {label}
    </button>
  );
}
