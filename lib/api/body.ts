// Request bodies of the JSON route handlers: read at most a bounded size, so a huge body costs neither
// memory nor time. Anything that is not a JSON document in UTF-8 reads as `undefined`, which the handler's
// schema then refuses with its own 400.
import { errorResponse } from './errors';

/** The largest body a JSON handler reads: a full cart is about 3 KB. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

function tooLarge(limit: number): JsonBody {
  return {
    ok: false,
    response: errorResponse('PAYLOAD_TOO_LARGE', `The request body is larger than ${Math.round(limit / 1024)} KB.`, 413),
  };
}

async function readBounded(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array[] | 'too-large' | 'failed'> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return chunks;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return 'failed'; // the client went away mid-body
  }
}

function parseJson(chunks: Uint8Array[]): unknown {
  try {
    const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** The body as JSON (`undefined` when it is not JSON), or a 413 answer when it is larger than `limit` bytes. */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > limit) return tooLarge(limit);
  if (!request.body) return { ok: true, value: undefined };
  const chunks = await readBounded(request.body, limit);
  if (chunks === 'too-large') return tooLarge(limit);
  return { ok: true, value: chunks === 'failed' ? undefined : parseJson(chunks) };
}
