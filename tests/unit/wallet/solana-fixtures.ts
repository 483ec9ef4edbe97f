// The addresses and the USDC payment the Solana wallet tests share.
import type { WalletPayment } from '@/lib/wallet/types';

export const USDC = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
export const PAYER = '9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM';
export const DEPOSIT = 'GvpCiTgq9dmEeojCDBivoLoZqc4AjxB5M8JEHbBtdx4W';
export const BLOCKHASH = 'EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N';

/** 50.75 USDC to the deposit address. */
export const payment: WalletPayment = {
  family: 'solana',
  coin: 'USDC',
  network: 'Solana',
  recipient: DEPOSIT,
  atomicAmount: '50750000',
  decimals: 6,
  token: USDC,
};
