/**
 * A Redis for tests at 127.0.0.1:6379 (or SESAME_TEST_REDIS_URL), shared safely: each call gets
 * its own random key prefix, and `cleanup` deletes those keys and closes the clients. Null with a
 * message when nothing answers; under CI=true Redis must be there.
 */
import { randomBytes } from 'node:crypto'
import {
  closeRedis,
  openRedis,
  scanKeys,
  waitForRedis,
  type RedisClient,
} from '../src/redis/connection.js'

export const REDIS_TEST_URL = process.env.SESAME_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

export async function redisReachable(): Promise<boolean> {
  const probe = openRedis(REDIS_TEST_URL)
  try {
    await waitForRedis(probe, 2000)
    return (await probe.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    await closeRedis(probe)
  }
}

export interface TestRedis {
  /** A connected client whose keys all start with `prefix`. */
  redis: RedisClient
  prefix: string
  /** Another connected client on the same prefix (a second Sesame instance). */
  connect(): Promise<RedisClient>
  /** Deletes every key under the prefix and closes the clients. */
  cleanup(): Promise<void>
}

export async function testRedis(label: string): Promise<TestRedis | null> {
  if (!(await redisReachable())) {
    if (process.env.CI === 'true') {
      throw new Error(`Redis is required under CI but ${REDIS_TEST_URL} does not answer`)
    }
    console.warn(`Skipping Redis tests: nothing answers at ${REDIS_TEST_URL} (install redis).`)
    return null
  }
  const prefix = `sesame-test:${label}:${randomBytes(6).toString('hex')}:`
  const clients: RedisClient[] = []
  const connect = async (): Promise<RedisClient> => {
    const client = openRedis(REDIS_TEST_URL, { keyPrefix: prefix })
    clients.push(client)
    await waitForRedis(client)
    return client
  }
  const redis = await connect()
  return {
    redis,
    prefix,
    connect,
    async cleanup(): Promise<void> {
      for await (const keys of scanKeys(redis, '*')) {
        await Promise.all(keys.map((key) => redis.del(key)))
      }
      await Promise.all(clients.map(closeRedis))
    },
  }
}
