import { otherMethods } from '@/lib/api/methods';
import { proxySolanaRpc } from '@/lib/wallet/solana/server/rpc-proxy';

export const dynamic = 'force-dynamic';
export const POST = proxySolanaRpc;
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
