/**
 * DOM helpers shared by the component tests: find by selector, tap a taro-ui button, type into
 * a Taro input, and answer the mocked client seam action by action.
 */
import { act, fireEvent, waitFor } from '@testing-library/react'
import type { call } from '../../src/services'

type MockedCall = jest.MockedFunction<typeof call>

export async function find(selector: string): Promise<Element> {
  return waitFor(() => {
    const el = document.querySelector(selector)
    if (!el) throw new Error(`no ${selector}`)
    return el
  })
}

/** taps a stable id (on a taro-ui button, its text) */
export async function tap(selector: string): Promise<void> {
  const el = await find(selector)
  await act(async () => {
    fireEvent.click(el.querySelector('.at-button__text') ?? el)
  })
}

/** types into an input or textarea found by its own id or its wrapper's */
export async function typeInto(selector: string, value: string): Promise<void> {
  // Taro's h5 inputs render their inner element a moment after the wrapper
  const field = await waitFor(() => {
    const el = document.querySelector(selector)
    const inner = el && (el.matches('input, textarea') ? el : el.querySelector('input, textarea'))
    if (!inner) throw new Error(`no field in ${selector}`)
    return inner
  })
  await act(async () => {
    fireEvent.input(field, { target: { value } })
  })
}

export type Handler = (payload: unknown) => unknown

/**
 * Makes the mocked `call` answer each action by its handler; an action without one fails the
 * test (so a page cannot quietly ask for something the test did not expect).
 */
export function answerCalls(mockCall: MockedCall, handlers: Record<string, Handler>): void {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    const handler = handlers[action]
    if (!handler) throw new Error(`unexpected ${action}`)
    return handler(payload)
  }) as unknown as typeof call)
}

/** the payloads the mocked `call` was sent for one action */
export const sentTo = (mockCall: MockedCall, action: string): unknown[] => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)
