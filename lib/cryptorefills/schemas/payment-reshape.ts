// From the /v3/payment_vias wire (./payment) to the app's payment types (../catalog-types). Pure and client-safe.
import type { PaymentCurrency, PaymentNetwork, PaymentVia, SmartContract } from '../catalog-types';
import type { WirePaymentCurrency, WirePaymentNetwork, WirePaymentVia, WireSmartContract } from './catalog-wire-types';

function reshapeSmartContract(wire: WireSmartContract | undefined): SmartContract | undefined {
  if (!wire) return undefined;
  return { engine: wire.engine, address: wire.address, decimals: wire.decimals, symbol: wire.symbol };
}

export function reshapePaymentNetwork(wire: WirePaymentNetwork): PaymentNetwork {
  return {
    name: wire.name,
    isSuspended: wire.is_suspended,
    threshold: wire.threshold,
    baseToken: wire.base_token,
    smartContractEngine: wire.smart_contract_engine,
    smartContract: reshapeSmartContract(wire.smart_contract),
    chainId: wire.chain_id,
    logoUrl: wire.logo_url,
  };
}

export function reshapePaymentCurrency(wire: WirePaymentCurrency): PaymentCurrency {
  return {
    name: wire.name,
    isSuspended: wire.is_suspended,
    threshold: wire.threshold,
    logoUrl: wire.logo_url,
    networks: wire.networks.map(reshapePaymentNetwork),
  };
}

export function reshapePaymentVia(wire: WirePaymentVia): PaymentVia {
  return { name: wire.name, available: wire.available, logoUrl: wire.logo_url, currencies: wire.currencies.map(reshapePaymentCurrency) };
}
