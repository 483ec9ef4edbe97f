import Image from 'next/image';

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
        <Image
          src={src}
          alt=""
          width={width}
          height={height}
          loading={priority ? 'eager' : 'lazy'}
          priority={priority}
          className="h-full w-full object-contain"
        />
      ) : null}
    </div>
  );
}
