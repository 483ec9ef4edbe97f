import { decodeFunctionData, encodeAbiParameters, encodeFunctionData, erc20Abi, getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { decodeUint256, encodeBalanceOf, encodeTransfer, parseAtomic } from '@/lib/wallet/evm/calldata';

const RECIPIENT = '0x8ba1f109551bD432803012645Ac136ddd64DBA72';

describe('ERC-20 call data', () => {
  it('builds transfer(address,uint256) that viem decodes field by field', () => {
    const data = encodeTransfer(RECIPIENT, 50_750_000n);
    const decoded = decodeFunctionData({ abi: erc20Abi, data });
    expect(decoded.functionName).toBe('transfer');
    expect(decoded.args).toEqual([getAddress(RECIPIENT), 50_750_000n]);
    // The same bytes viem's own encoder builds.
    expect(data).toBe(encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [RECIPIENT, 50_750_000n] }));
  });

  it('matches a known vector', () => {
    expect(encodeTransfer('0x000000000000000000000000000000000000dEaD', 1n)).toBe(
      '0xa9059cbb000000000000000000000000000000000000000000000000000000000000dead0000000000000000000000000000000000000000000000000000000000000001',
    );
  });

  it('encodes the largest and smallest amounts and refuses what is not a uint256', () => {
    const max = (1n << 256n) - 1n;
    expect(decodeFunctionData({ abi: erc20Abi, data: encodeTransfer(RECIPIENT, max) }).args).toEqual([getAddress(RECIPIENT), max]);
    expect(decodeFunctionData({ abi: erc20Abi, data: encodeTransfer(RECIPIENT, 0n) }).args).toEqual([getAddress(RECIPIENT), 0n]);
    expect(() => encodeTransfer(RECIPIENT, max + 1n)).toThrow();
    expect(() => encodeTransfer(RECIPIENT, -1n)).toThrow();
  });

  it('refuses addresses that are not 20 hex bytes', () => {
    for (const bad of [
      '0x8ba1f109551bD432803012645Ac136ddd64DBA7',
      '8ba1f109551bD432803012645Ac136ddd64DBA72',
      '0xZZa1f109551bD432803012645Ac136ddd64DBA72',
      'TXYZ',
    ]) {
      expect(() => encodeTransfer(bad, 1n)).toThrow();
      expect(() => encodeBalanceOf(bad)).toThrow();
    }
  });

  it('builds balanceOf(address) that viem decodes', () => {
    const decoded = decodeFunctionData({ abi: erc20Abi, data: encodeBalanceOf(RECIPIENT) });
    expect(decoded.functionName).toBe('balanceOf');
    expect(decoded.args).toEqual([getAddress(RECIPIENT)]);
  });

  it('reads atomic amounts and uint256 results strictly', () => {
    expect(parseAtomic('50750000')).toBe(50_750_000n);
    for (const bad of ['', '1.5', '-1', '0x10', '1e6']) expect(() => parseAtomic(bad)).toThrow();
    expect(decodeUint256(encodeAbiParameters([{ type: 'uint256' }], [50_785_000n]))).toBe(50_785_000n);
    expect(decodeUint256('0x' + '0'.repeat(56) + '0306e6d0')).toBe(0x0306e6d0n);
    expect(decodeUint256('0x')).toBeUndefined();
    expect(decodeUint256(12)).toBeUndefined();
  });
});
