import { ConfigError, getServerConfig } from '@/lib/env';
import { log } from '@/lib/log';
import { getSiteConfig } from '@/lib/site/config';
import { getSolanaRpcConfig } from '@/lib/wallet/solana/server/config';
import { parseExplorerTxUrls } from '@/lib/wallet/explorers';

export function checkConfigAtStartup(): void {
  try {
    const config = getServerConfig();
    const site = getSiteConfig();
    const solanaRpcSet = getSolanaRpcConfig().url !== undefined;
    parseExplorerTxUrls(process.env.EXPLORER_TX_URLS);
    log.info('storefront configuration loaded', {
      upstream: config.sandbox ? 'sandbox' : 'cryptorefills',
      apiUrl: config.apiUrl,
      partnerIdSet: Boolean(config.partnerId),
      sharedState: config.store.redisUrl ? 'redis' : 'memory',
      site: site.name,
      siteUrl: site.url,
      solanaRpcSet,
    });
    for (const w of site.theme.warnings) {
      // The defaults are tuned for both modes; only a partner's own colour is worth a word.
      if (!process.env[w.variable]) continue;
      log.warn(
        `${w.variable} ${w.color} reads at ${w.ratio}:1 on the ${w.mode} background (WCAG AA needs 4.5:1); text, borders and focus rings use ${w.adjusted} instead`,
        {
          variable: w.variable,
          mode: w.mode,
        },
      );
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
