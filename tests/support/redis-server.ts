// A real, throw-away Redis for the tests and the bench: Debian's redis-server on 127.0.0.1 and a free port, no
// persistence. `stop()` and `start()` again keep the port, so a test can take Redis away and bring it back.
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port';

export { freePort };

export interface RedisServer {
  url: string;
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function launch(port: number): Promise<ChildProcess> {
  const binary = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server';
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'notice'];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`redis-server did not start on port ${port} within 10 s`)), 10_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`redis-server exited (${code}) while starting: ${seen.slice(-500)}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (!seen.includes('Ready to accept connections')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve(child);
    });
  });
}

export async function startRedis(port?: number): Promise<RedisServer> {
  const chosen = port ?? (await freePort());
  let child: ChildProcess | undefined;
  const server: RedisServer = {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    async start() {
      if (child) return;
      child = await launch(chosen);
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
  };
  await server.start();
  return server;
}
