// Vitest globalSetup of the unit tests: one real Redis for the whole run, its URL given to the tests as `redisUrl`.
import type { TestProject } from 'vitest/node';
import { startRedis } from './redis-server';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const redis = await startRedis();
  project.provide('redisUrl', redis.url);
  return () => redis.stop();
}
