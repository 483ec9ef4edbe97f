// Decodes the wire bytes a Solana wallet is handed (signatures + legacy message) with @solana/kit's own decoders.
import { getCompiledTransactionMessageDecoder, getTransactionDecoder } from '@solana/kit';

export function decodeLegacyTransaction(bytes: Uint8Array) {
  const transaction = getTransactionDecoder().decode(bytes);
  const message = getCompiledTransactionMessageDecoder().decode(transaction.messageBytes);
  if (message.version !== 'legacy' || !('lifetimeToken' in message)) throw new Error(`not a legacy message: ${String(message.version)}`);
  return { transaction, message };
}
