import { hash as argon2Hash } from '@node-rs/argon2'
import { describe, expect, it } from 'vitest'
import {
  UNUSABLE_PASSWORD,
  createPasswordHasher,
  hashPassword,
  verifyDummyPassword,
  verifyPassword,
} from './password.hasher.js'

// Made by Django itself: tests/auth_tests/test_hashers.py, TestUtilsHashPass.test_pbkdf2, in
// django/django at commit 02dbf1667c6da61ea9346f7c9f174a158b896811 (Django 4.2's 390,000
// iterations): make_password("lètmein", "seasalt", "pbkdf2_sha256") must equal this string.
const DJANGO_PASSWORD = 'l\u00e8tmein' // "lètmein" with a precomposed è, as in Django's source
const DJANGO_HASH = 'pbkdf2_sha256$390000$seasalt$8xBlGd3jVgvJ+92hWPxi5ww0uuAuAnKgC45eudxro7c='

const FAILED = { ok: false, needsRehash: false }

describe('Django pbkdf2_sha256 hashes', () => {
  it('verifies a hash made by Django and asks for a rehash', async () => {
    expect(await verifyPassword(DJANGO_PASSWORD, DJANGO_HASH)).toEqual({
      ok: true,
      needsRehash: true,
    })
  })

  it('refuses a wrong password', async () => {
    expect(await verifyPassword('l\u00e8tmeinz', DJANGO_HASH)).toEqual(FAILED)
    expect(await verifyPassword('', DJANGO_HASH)).toEqual(FAILED)
  })

  it('refuses a tampered hash, salt or iteration count', async () => {
    const tampered = [
      DJANGO_HASH.replace('8xBl', '8xBm'),
      DJANGO_HASH.replace('seasalt', 'seasalu'),
      DJANGO_HASH.replace('390000', '390001'),
      // Same bytes in a non-canonical base64 form must not match either.
      DJANGO_HASH.replace('=', ''),
      `${DJANGO_HASH}=`,
    ]
    for (const encoded of tampered) {
      expect(await verifyPassword(DJANGO_PASSWORD, encoded), encoded).toEqual(FAILED)
    }
  })
})

describe('unusable and malformed hashes', () => {
  const malformed = [
    'pbkdf2_sha256$abc$salt$x',
    'pbkdf2_sha256$1$',
    'pbkdf2_sha256$0$seasalt$8xBlGd3jVgvJ+92hWPxi5ww0uuAuAnKgC45eudxro7c=',
    'pbkdf2_sha256$-1$seasalt$x',
    'pbkdf2_sha256$1e6$seasalt$x',
    'pbkdf2_sha256$ 390000$seasalt$x',
    'pbkdf2_sha256$390000$$x',
    'pbkdf2_sha256$390000$seasalt$',
    'pbkdf2_sha256$10000001$seasalt$x',
    'pbkdf2_sha256$99999999999999999999$seasalt$x',
    'pbkdf2_sha1$390000$seasalt$x',
    '$',
    '',
    UNUSABLE_PASSWORD,
    `${UNUSABLE_PASSWORD}4Jr0lS0q3UeQ8C1vFzH0eIuO5yVq1hLmE4mOpWx7`,
    'argon2id$garbage',
    '$argon2id$garbage',
    '$argon2id$v=19$m=19456,t=2,p=1$$',
    'md5$seasalt$3f86d0d3d465b7b458c231bf3555c0e3',
  ]

  it.each(malformed)('%j is refused without throwing', async (encoded) => {
    await expect(verifyPassword('anything', encoded)).resolves.toEqual(FAILED)
  })

  it('refuses, without computing, an argon2 hash asking for absurd memory', async () => {
    const encoded = (await hashPassword('hunter2-hunter2')).replace('m=19456', 'm=4000000')
    const started = performance.now()
    expect(await verifyPassword('hunter2-hunter2', encoded)).toEqual(FAILED)
    // 4 GB of argon2 would take seconds; the refusal costs one dummy verify.
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe('argon2id hashes', () => {
  it('round-trips with the OWASP parameters', async () => {
    const encoded = await hashPassword('correct-horse-battery-9')
    expect(encoded.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true)
    expect(await verifyPassword('correct-horse-battery-9', encoded)).toEqual({
      ok: true,
      needsRehash: false,
    })
    expect(await verifyPassword('correct-horse-battery-8', encoded)).toEqual(FAILED)
  })

  it('salts every hash', async () => {
    const [first, second] = await Promise.all([hashPassword('same'), hashPassword('same')])
    expect(first).not.toEqual(second)
  })

  it('asks for a rehash when the parameters differ from the current ones', async () => {
    const weaker = await argon2Hash('correct-horse-battery-9', {
      memoryCost: 8192,
      timeCost: 1,
      parallelism: 1,
    })
    expect(weaker).toContain('m=8192,t=1,p=1')
    expect(await verifyPassword('correct-horse-battery-9', weaker)).toEqual({
      ok: true,
      needsRehash: true,
    })
    expect(await verifyPassword('wrong', weaker)).toEqual(FAILED)
  })

  it('hashes off the event loop', async () => {
    let ticks = 0
    let done = false
    const tick = (): void => {
      if (done) return
      ticks += 1
      setImmediate(tick)
    }
    setImmediate(tick)
    await hashPassword('correct-horse-battery-9')
    done = true
    // A hash computed on the main thread would resolve before the first setImmediate callback.
    expect(ticks).toBeGreaterThan(0)
  })
})

describe('verifyDummyPassword', () => {
  it('resolves, first and later calls alike', async () => {
    await expect(verifyDummyPassword('whatever')).resolves.toBeUndefined()
    await expect(verifyDummyPassword('whatever')).resolves.toBeUndefined()
  })
})

describe('a hasher at another cost', () => {
  const cheap = createPasswordHasher({ memoryCost: 256, timeCost: 1, parallelism: 1 })

  it('hashes at its own cost and asks for a rehash of every other cost', async () => {
    const encoded = await cheap.hash('correct-horse-battery-9')
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=256,t=1,p=1\$/)
    expect(await cheap.verify('correct-horse-battery-9', encoded)).toEqual({
      ok: true,
      needsRehash: false,
    })
    expect(await cheap.verify('correct-horse-battery-8', encoded)).toEqual(FAILED)
    // The default (OWASP) hasher takes the cheap hash as outdated, and the other way round.
    expect(await verifyPassword('correct-horse-battery-9', encoded)).toEqual({
      ok: true,
      needsRehash: true,
    })
    const owasp = await hashPassword('correct-horse-battery-9')
    expect(await cheap.verify('correct-horse-battery-9', owasp)).toEqual({
      ok: true,
      needsRehash: true,
    })
  })

  it('still refuses a stored cost far above the OWASP one', async () => {
    const encoded = (await cheap.hash('hunter2-hunter2')).replace('m=256', 'm=4000000')
    expect(await cheap.verify('hunter2-hunter2', encoded)).toEqual(FAILED)
  })
})
