// @ts-check
/**
 * One hashing thread of hash.pool.ts, loaded by piscina from this path. Plain JavaScript, so it
 * runs the same from the sources (tests, tsx: worker threads do not get their TypeScript loader)
 * and from the compiled server (tsc copies it to dist/, `allowJs`).
 */
import { pbkdf2Sync } from 'node:crypto'
import { getPriority, setPriority } from 'node:os'
import argon2 from '@node-rs/argon2'
import { workerData } from 'node:worker_threads'

/** @typedef {import('./hash.pool.js').HashJob} HashJob */

// piscina's `niceIncrement` lowered this thread's priority already when its optional native
// helper (@napi-rs/nice) is installed; without it, do it here. Linux only: there the nice value
// is per thread (elsewhere it would lower the whole server).
const { nice } = /** @type {{ nice: number }} */ (workerData)
if (process.platform === 'linux' && getPriority(0) < nice) {
  try {
    setPriority(0, nice)
  } catch {
    // Not allowed (a seccomp profile): the thread keeps the loop's priority.
  }
}

/**
 * @param {HashJob} job
 * @returns {string | boolean | Uint8Array | number}
 */
export default function run(job) {
  switch (job.op) {
    case 'hash':
      return argon2.hashSync(job.password, job.options)
    case 'verify':
      return argon2.verifySync(job.encoded, job.password)
    case 'pbkdf2':
      return pbkdf2Sync(job.password, job.salt, job.iterations, job.keyLength, 'sha256')
    case 'nice':
      return getPriority(0)
  }
}
