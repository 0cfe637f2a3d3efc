import { describe, expect, it } from 'vitest'
import { validatePassword } from './password.validation.js'

const alice = { username: 'alice', email: 'alice.smith@example.com' }

const TOO_SHORT = 'This password is too short. It must contain at least 8 characters.'
const TOO_LONG = 'This password is too long. It must contain at most 4096 characters.'
const TOO_COMMON = 'This password is too common.'
const NUMERIC = 'This password is entirely numeric.'
const LIKE_USERNAME = 'The password is too similar to the username.'
const LIKE_EMAIL = 'The password is too similar to the email address.'

describe('validatePassword', () => {
  it('accepts a good password', () => {
    expect(validatePassword('correct-horse-battery-9', alice)).toEqual([])
    expect(validatePassword('correct-horse-battery-9', { username: 'bob' })).toEqual([])
  })

  describe('minimum length', () => {
    it('refuses 7 characters and accepts 8', () => {
      expect(validatePassword('xk4!qz9', alice)).toEqual([TOO_SHORT])
      expect(validatePassword('xk4!qz9#', alice)).toEqual([])
    })

    it('counts characters, not UTF-16 units', () => {
      // Seven emoji are fourteen UTF-16 units but seven characters, as Python's len() counts.
      expect(validatePassword('🔑🔑🔑🔑🔑🔑🔑', alice)).toEqual([TOO_SHORT])
    })
  })

  describe('maximum length', () => {
    it('refuses more than 4096 characters and accepts 4096', () => {
      const base = 'correct-horse-battery-9 '
      const long = base.repeat(Math.ceil(4097 / base.length))
      expect(validatePassword(long.slice(0, 4097), alice)).toEqual([TOO_LONG])
      expect(validatePassword(long.slice(0, 4096), alice)).toEqual([])
    })
  })

  describe('common passwords', () => {
    it('refuses "password", whatever its case and surrounding spaces', () => {
      expect(validatePassword('password', alice)).toEqual([TOO_COMMON])
      expect(validatePassword(' PassWord ', alice)).toEqual([TOO_COMMON])
    })

    it('refuses short common passwords for both reasons', () => {
      expect(validatePassword('qwerty', alice)).toEqual([TOO_SHORT, TOO_COMMON])
    })

    it('accepts an uncommon password', () => {
      expect(validatePassword('plum-kettle-orbit', alice)).toEqual([])
    })
  })

  describe('numeric passwords', () => {
    it('refuses "12345678901" as common and numeric', () => {
      expect(validatePassword('12345678901', alice)).toEqual([TOO_COMMON, NUMERIC])
    })

    it('refuses an uncommon all-digit password as numeric only', () => {
      expect(validatePassword('80473920561847', alice)).toEqual([NUMERIC])
    })

    it('accepts digits with a letter', () => {
      expect(validatePassword('8047392056184x', alice)).toEqual([])
    })
  })

  describe('similarity to the user', () => {
    it('refuses a password like the username', () => {
      const user = { username: 'marguerite' }
      expect(validatePassword('Marguerite1', user)).toEqual([LIKE_USERNAME])
      expect(validatePassword('etiuegram', user)).toEqual([LIKE_USERNAME])
    })

    it('refuses a password like the email or one of its parts', () => {
      const user = { username: 'mh', email: 'marguerite.hollis@example.com' }
      expect(validatePassword('marguerite.hollis@example.org', user)).toEqual([LIKE_EMAIL])
      expect(validatePassword('Hollis2024', user)).toEqual([LIKE_EMAIL])
      expect(validatePassword('margueritehollis', user)).toEqual([LIKE_EMAIL])
    })

    it('accepts a password unlike every attribute', () => {
      const user = { username: 'marguerite', email: 'marguerite.hollis@example.com' }
      expect(validatePassword('plum-kettle-orbit', user)).toEqual([])
    })

    it('skips a short attribute against a password ten times longer', () => {
      // Django's exceeds_maximum_length_ratio(): "ab" cannot be 70% of a 20-character password.
      expect(validatePassword('ab-plum-kettle-orbit', { username: 'ab' })).toEqual([])
    })

    it('ignores a missing or empty email', () => {
      expect(validatePassword('plum-kettle-orbit', { username: 'bob', email: '' })).toEqual([])
    })
  })
})
