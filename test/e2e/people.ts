/**
 * Helpers shared by the multi-person e2e tests: one signed-in browser context per
 * persona, pages opened fresh, failures that explain themselves, and the Taro-specific
 * ways of finding what is on screen.
 */
import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import type { Host } from './harness'

export interface People<P extends string> {
  /** the persona's context, signed in once on the development sign-in page */
  contextOf(persona: P): Promise<BrowserContext>
  /** the app freshly opened at a page, as the person comes back to it later */
  open(persona: P, path: string): Promise<Page>
  /** runs a test body; on failure keeps a screenshot of every open page in .tmp/e2e and adds what each showed to the error */
  traced(name: string, body: () => Promise<void>): Promise<void>
}

export function people<P extends string>(session: () => { host: Host; browser: Browser }): People<P> {
  const contexts = new Map<P, BrowserContext>()

  async function contextOf(persona: P): Promise<BrowserContext> {
    const known = contexts.get(persona)
    if (known) return known
    const { host, browser } = session()
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    await page.goto(`${host.url}/`)
    await page.waitForURL(/packages\/dev\/signin/)
    await page.locator(`#persona-${persona}`).click()
    await page.waitForURL(/pages\/index\/index/)
    await page.locator('#tile-policy').waitFor()
    await page.close()
    contexts.set(persona, context)
    return context
  }

  async function open(persona: P, path: string): Promise<Page> {
    const context = await contextOf(persona)
    for (const old of context.pages()) await old.close()
    const page = await context.newPage()
    await page.goto(`${session().host.url}/#${path}`)
    return page
  }

  async function traced(name: string, body: () => Promise<void>) {
    try {
      await body()
    } catch (e) {
      mkdirSync('.tmp/e2e', { recursive: true })
      const shots: string[] = []
      for (const [persona, context] of contexts) {
        for (const page of context.pages()) {
          const file = `.tmp/e2e/${name}-${persona}.png`
          await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
          const text = await page.locator('body').innerText({ timeout: 2000 }).catch(() => '')
          shots.push(`[${persona}] ${page.url()} (${file})\n${text.slice(0, 1500)}`)
        }
      }
      throw new Error(`${e instanceof Error ? e.stack : String(e)}\n\nOpen pages:\n${shots.join('\n\n')}`)
    }
  }

  return { contextOf, open, traced }
}

/**
 * Taro keeps the pages under the top one in the DOM, hidden; only what is shown counts.
 * The same id can exist once per page in the stack.
 */
export const shown = (page: Page, selector: string): Locator => page.locator(selector).filter({ visible: true })

export async function tap(page: Page, selector: string): Promise<void> {
  await shown(page, selector).click()
}

/** waits until the locator's text contains `text` (the UI updates after a round trip) */
export async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor()
}

/** Waits for a Taro modal with this title; returns its text after pressing its confirm button. */
export async function confirmModal(page: Page, title: string): Promise<string> {
  // the wrapper has no box of its own (its parts are position: fixed); its content does
  const modal = page.locator('.taro-modal__content').filter({ visible: true }).filter({ has: page.locator('.taro-modal__title', { hasText: title }) })
  await modal.waitFor()
  const text = await modal.locator('.taro-modal__text').innerText()
  await modal.locator('.taro-model__confirm').click()
  await modal.waitFor({ state: 'hidden' })
  return text
}
