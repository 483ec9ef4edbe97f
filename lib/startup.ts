import { ConfigError, getServerConfig } from '@/lib/env';
import { log } from '@/lib/log';

export function checkConfigAtStartup(): void {
  try {
    const config = getServerConfig();
    log.info('storefront configuration loaded', {
      upstream: config.sandbox ? 'sandbox' : 'cryptorefills',
      apiUrl: config.apiUrl,
      partnerIdSet: Boolean(config.partnerId),
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
