// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The sandbox is a separate process; keep it and its image tooling out of the server bundle.
  serverExternalPackages: ['sharp'],
  images: { unoptimized: true },
};

module.exports = withNextIntl(nextConfig);
