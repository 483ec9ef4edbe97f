// ERC-20 call data, hand-encoded: transfer(address,uint256) and balanceOf(address) are a 4-byte selector and
// 32-byte words, nothing else (no dynamic types, no arrays), so a full ABI coder would add ~9 KB gzip to the
// payment screen for two fixed layouts. Every input is checked strictly (a 20-byte hex address, a uint256 in
// range) and tests/unit/wallet/evm-calldata.test.ts decodes what is built here with viem, field by field.

const TRANSFER = 'a9059cbb'; // keccak256("transfer(address,uint256)")[0..4]
const BALANCE_OF = '70a08231'; // keccak256("balanceOf(address)")[0..4]
const MAX_UINT256 = (1n << 256n) - 1n;

export function isEvmAddress(value: string): boolean {
  return /^0x[0-9a-fA-F]{40}$/.test(value);
}

function addressWord(address: string): string {
  if (!isEvmAddress(address)) throw new Error(`not an EVM address: ${address}`);
  return address.slice(2).toLowerCase().padStart(64, '0');
}

function uintWord(value: bigint): string {
  if (value < 0n || value > MAX_UINT256) throw new Error('amount out of uint256 range');
  return value.toString(16).padStart(64, '0');
}

/** Parses a decimal string of atomic units ("50750000"); anything else throws. */
export function parseAtomic(value: string): bigint {
  if (!/^\d{1,78}$/.test(value)) throw new Error(`not an atomic amount: ${value}`);
  return BigInt(value);
}

export function encodeTransfer(recipient: string, amount: bigint): `0x${string}` {
  return `0x${TRANSFER}${addressWord(recipient)}${uintWord(amount)}`;
}

export function encodeBalanceOf(owner: string): `0x${string}` {
  return `0x${BALANCE_OF}${addressWord(owner)}`;
}

/** The uint256 an eth_call returned ("0x…" of up to 32 bytes); undefined when it is not one. */
export function decodeUint256(result: unknown): bigint | undefined {
  if (typeof result !== 'string' || !/^0x[0-9a-fA-F]{1,64}$/.test(result)) return undefined;
  return BigInt(result);
}
