// Loaded into the storefront's processes by bench/stream-memory.ts (NODE_OPTIONS="--expose-gc --import …"):
// each process answers on a Unix socket named after its pid with its memory after a full garbage collection,
// so the bench counts what open streams keep alive, not garbage waiting to be collected. Bench-only.
import { unlinkSync } from 'node:fs';
import net from 'node:net';

const dir = process.env.GC_PROBE_DIR;
if (dir && typeof globalThis.gc === 'function') {
  const path = `${dir}/${process.pid}.sock`;
  const server = net.createServer((socket) => {
    socket.once('data', () => {
      globalThis.gc();
      globalThis.gc();
      socket.end(JSON.stringify(process.memoryUsage()));
    });
  });
  server.on('error', () => undefined);
  server.listen(path);
  server.unref();
  process.once('exit', () => {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  });
}
