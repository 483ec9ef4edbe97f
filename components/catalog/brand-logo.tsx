const SIZES = { small: { width: 300, height: 190, suffix: '_300x190.webp' }, large: { width: 500, height: 318, suffix: '_500x318.webp' } };

interface BrandLogoProps {
  logoBaseUrl?: string;
  logoUrl?: string;
  bgColor?: string;
  size?: keyof typeof SIZES;
  priority?: boolean;
  className?: string;
}

/** The brand's logo at a fixed aspect ratio on its own background colour, so it never shifts the layout. */
export function BrandLogo({ logoBaseUrl, logoUrl, bgColor, size = 'small', priority = false, className }: BrandLogoProps) {
  const { width, height, suffix } = SIZES[size];
  const src = logoBaseUrl ? `${logoBaseUrl}${suffix}` : logoUrl;
  return (
    <div
      className={`aspect-[500/318] w-full overflow-hidden rounded-card ${className ?? ''}`}
      style={{ backgroundColor: bgColor ?? '#e2e8f0' }}
    >
      {src ? (
        // A plain img: logos are already sized by the CDN, and next/image would add ~5 KB of client JS to every catalog page.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={src}
          alt=""
          width={width}
          height={height}
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : undefined}
          decoding="async"
          className="h-full w-full object-contain"
        />
      ) : null}
    </div>
  );
}
