// GET /v3/payment_vias (lib/cryptorefills/README.md §3). Client-safe.
import { z } from 'zod';
import { logoUrl, looseDecimal, numeric, optionalText, optionalTolerantArray, tolerantArray } from './primitives';

export { USER_WALLET_VIA } from './vocabulary';

export const SmartContractSchema = z.looseObject({
  engine: optionalText,
  address: optionalText,
  decimals: numeric.optional(),
  symbol: optionalText,
});

export const PaymentNetworkSchema = z.looseObject({
  /** Sent back verbatim as `payment.network` ("Solana", "ETH Mainnet", "Lightning", …). */
  name: z.string().min(1),
  threshold: looseDecimal.nullish().transform((value) => value ?? undefined),
  base_token: optionalText,
  smart_contract_engine: optionalText,
  smart_contract: SmartContractSchema.nullish().transform((value) => value ?? undefined),
  chain_id: numeric.nullish().transform((value) => value ?? undefined),
  is_suspended: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  logo_url: logoUrl,
});

export const PaymentCurrencySchema = z.looseObject({
  /** Coin symbol sent back as `payment.coin` ("USDC", "BTC", "USDT.e", …). */
  name: z.string().min(1),
  is_suspended: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  threshold: looseDecimal.nullish().transform((value) => value ?? undefined),
  logo_url: logoUrl,
  networks: optionalTolerantArray(PaymentNetworkSchema),
});

export const PaymentViaSchema = z.looseObject({
  name: z.string().min(1),
  available: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
  logo_url: logoUrl,
  currencies: optionalTolerantArray(PaymentCurrencySchema),
});

export const PaymentViasResponseSchema = tolerantArray(PaymentViaSchema);
