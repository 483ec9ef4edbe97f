// Several storefronts from the same build (.next) against one sandbox and one real Redis, as on a platform that
// runs many instances: the first storefront's launcher starts the sandbox, the others call it as their API_URL.
// Used by tests/e2e/shared-state.spec.ts and bench/shared-store.ts. Everything listens on 127.0.0.1, free ports.
import { startStorefront, type Storefront } from '../../bench/support';
import { freePort, startRedis, type RedisServer } from './redis-server';

export interface Cluster {
  redis: RedisServer;
  storefronts: Storefront[];
  sandboxUrl: string;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** Extra environment of each storefront, one entry per storefront (REDIS_URL: '' keeps one on memory). */
  instances: Record<string, string>[];
  /** Environment of every storefront. */
  env?: Record<string, string>;
}

export async function startCluster({ instances, env = {} }: ClusterOptions): Promise<Cluster> {
  const redis = await startRedis();
  const sandboxPort = await freePort();
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const storefronts: Storefront[] = [];
  const stop = async () => {
    await Promise.all(storefronts.map((storefront) => storefront.stop()));
    await redis.stop();
  };
  try {
    const common = { SESSION_SECRET: 'shared-state-session-secret-0123456789abcdef', REDIS_URL: redis.url, ...env };
    // The first brings the sandbox up; the others start once it answers.
    for (const [index, extra] of instances.entries()) {
      const port = await freePort();
      const upstream: Record<string, string> = index === 0 ? {} : { API_URL: sandboxUrl };
      storefronts.push(await startStorefront({ port, sandboxPort, env: { ...common, ...upstream, ...extra } }));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { redis, storefronts, sandboxUrl, stop };
}
