import { getTranslations } from 'next-intl/server';
import type { ProductFamily } from '@/lib/cryptorefills';
import { RichText } from './rich-text';

type Text = { brand: string; html: string };

// Brands of one family often share their redeem steps and terms: each distinct text is shown once.
function distinct(families: ProductFamily[], pick: (family: ProductFamily) => string | undefined): Text[] {
  const seen = new Set<string>();
  const texts: Text[] = [];
  for (const family of families) {
    const html = pick(family)?.trim();
    if (!html || seen.has(html)) continue;
    seen.add(html);
    texts.push({ brand: family.name, html });
  }
  return texts;
}

function Texts({ texts }: { texts: Text[] }) {
  if (texts.length === 1) return <RichText html={texts[0]?.html} />;
  return texts.map((text) => (
    <div key={text.brand} className="flex flex-col gap-2">
      <h3 className="font-semibold">{text.brand}</h3>
      <RichText html={text.html} />
    </div>
  ));
}

/** Description, redeem steps and terms from the upstream (HTML sanitised by RichText, plain terms as text). */
export async function BrandDetails({ name, families }: { name: string; families: ProductFamily[] }) {
  const t = await getTranslations('brandPage');
  const about = distinct(families, (f) => f.richDescription?.description);
  const redeem = distinct(families, (f) => f.richDescription?.howToRedeem);
  const terms = distinct(families, (f) => f.richDescription?.termsAndConditions);
  const plainTerms = [...new Set(families.map((f) => f.plainTerms?.trim()).filter((tc): tc is string => Boolean(tc)))];
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      {about.length > 0 ? (
        <section aria-labelledby="brand-about" className="flex flex-col gap-3">
          <h2 id="brand-about" className="text-xl font-semibold">
            {t('about', { brand: name })}
          </h2>
          <Texts texts={about} />
        </section>
      ) : null}
      {redeem.length > 0 ? (
        <section aria-labelledby="brand-redeem" className="flex flex-col gap-3">
          <h2 id="brand-redeem" className="text-xl font-semibold">
            {t('howToRedeem')}
          </h2>
          <Texts texts={redeem} />
        </section>
      ) : null}
      {terms.length > 0 || plainTerms.length > 0 ? (
        <details className="rounded-card border border-border bg-surface p-4">
          <summary className="cursor-pointer text-lg font-semibold">{t('terms')}</summary>
          <div className="mt-3 flex flex-col gap-3 text-sm">
            <Texts texts={terms} />
            {plainTerms.map((tc) => (
              <p key={tc} className="text-muted">
                {tc}
              </p>
            ))}
          </div>
        </details>
      ) : null}
    </div>
  );
}
