import { describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { useLatest, type Outcome } from './useLatest.js'

/** A request the test answers by hand; it rejects with an AbortError when its signal aborts. */
function pending<T>() {
  let resolve: (value: T) => void = () => {}
  let reject: (error: unknown) => void = () => {}
  let signal: AbortSignal | null = null
  const request = (given: AbortSignal): Promise<T> => {
    signal = given
    return new Promise<T>((yes, no) => {
      resolve = yes
      reject = no
      given.addEventListener('abort', () => no(new DOMException('aborted', 'AbortError')))
    })
  }
  return {
    request,
    resolve: (value: T) => resolve(value),
    reject: (error: unknown) => reject(error),
    aborted: () => signal?.aborted ?? false,
  }
}

describe('useLatest', () => {
  it('drops a stale answer that arrives after the newer one', async () => {
    const latest = useLatest()
    const older = pending<string>()
    const newer = pending<string>()
    const first = latest.run(older.request)
    const second = latest.run(newer.request)
    newer.resolve('page 2')
    older.resolve('page 1') // too late: the abort already settled it
    expect(await second).toEqual({ stale: false, ok: true, value: 'page 2' })
    expect(await first).toEqual({ stale: true })
  })

  it('drops a stale answer even when its request ignores the signal', async () => {
    const latest = useLatest()
    let answerOlder: (value: string) => void = () => {}
    const first = latest.run(() => new Promise<string>((resolve) => (answerOlder = resolve)))
    const second = latest.run(async () => 'newer')
    expect(await second).toEqual({ stale: false, ok: true, value: 'newer' })
    answerOlder('older, arriving last')
    expect(await first).toEqual({ stale: true })
  })

  it('aborts the older request, and its abort never rejects into the caller', async () => {
    const latest = useLatest()
    const older = pending<string>()
    const first = latest.run(older.request)
    expect(latest.running).toBe(true)
    const second = latest.run(async () => 'newer')
    expect(older.aborted()).toBe(true)
    await expect(first).resolves.toEqual({ stale: true })
    await second
    expect(latest.running).toBe(false)
  })

  it("reports the newest request's failure for the page to show", async () => {
    const latest = useLatest()
    const failure = new Error('unreachable')
    const outcome: Outcome<string> = await latest.run(() => Promise.reject(failure))
    expect(outcome).toEqual({ stale: false, ok: false, error: failure })
  })

  it('drops a failure of a request a newer one replaced', async () => {
    const latest = useLatest()
    const older = pending<string>()
    const first = latest.run(older.request)
    const second = latest.run(async () => 'newer')
    older.reject(new Error('late failure'))
    expect(await first).toEqual({ stale: true })
    expect(await second).toMatchObject({ stale: false, ok: true })
  })

  it('invalidate() makes the running request stale (a logout while it ran)', async () => {
    const latest = useLatest()
    const running = pending<string>()
    const outcome = latest.run(running.request)
    latest.invalidate()
    expect(running.aborted()).toBe(true)
    expect(await outcome).toEqual({ stale: true })
  })

  it('aborts the running request when its component (effect scope) goes away', async () => {
    const scope = effectScope()
    const latest = scope.run(() => useLatest())
    const running = pending<string>()
    const outcome = latest?.run(running.request)
    scope.stop()
    expect(running.aborted()).toBe(true)
    expect(await outcome).toEqual({ stale: true })
  })
})
