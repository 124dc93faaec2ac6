import { expect, test } from '@playwright/test'

import { EDITOR_STATE, openAdmin, uniqueTitle } from './helpers'

test.use({ storageState: EDITOR_STATE, viewport: { width: 1280, height: 800 } })

test('office hours take times as people type them, and an impossible one is refused in full words', async ({
  page,
}) => {
  const { title: name } = uniqueTitle('Hours Office')
  const created = await page.request.post('/api/offices', {
    data: {
      name,
      address: { street: '1 Main St.', city: 'Oak Park', state: 'IL', postalCode: '60301' },
      phone: '(708) 393-8266',
      hours: [{ days: ['Monday'], opens: '08:00', closes: '17:00' }],
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id } = (await created.json()).doc

  await openAdmin(page, `/admin/collections/offices/${id}`)
  await page.getByRole('button', { name: 'Hours', exact: true }).click()
  const opens = page.locator('#field-hours__0__opens')
  const closes = page.locator('#field-hours__0__closes')
  // Payload re-reads the form on the server after each change; a save clicked before that answer
  // arrives has its error message cleared by the answer. An editor pauses; the test waits for it,
  // until the answer is merged into the form: a change typed between the answer's arrival and that
  // merge is never sent (Payload's form takes the merged state as already sent).
  const formStateMerged = async (change: () => Promise<void>) => {
    // Payload asks by a server action posted to the page's own address; the browser adds its
    // resource timing entry once the whole answer has arrived.
    const answers = () =>
      page.evaluate(
        () =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
            (entry) => entry.name === location.href && entry.initiatorType === 'fetch',
          ).length,
      )
    const before = await answers()
    await change()
    await expect.poll(answers).toBeGreaterThan(before)
    // React renders the merge in a task of its own; two frames later it is done.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
  }
  await formStateMerged(() => opens.fill('1pm'))
  await formStateMerged(() => closes.fill('25:00'))
  await page.locator('#action-save').click()

  const message = 'Hours go from 0 to 23, e.g. 17:00 or 5pm.'
  const error = page
    .locator('.field-type')
    .filter({ has: closes })
    .locator('.field-error.tooltip--show')
  await expect(error).toHaveText(message)
  // Whole: not cut short with an ellipsis, and inside the window.
  const shown = await error.evaluate((element) => {
    const content = element.querySelector('.tooltip-content')!
    const box = element.getBoundingClientRect()
    return {
      clipped: content.scrollWidth > content.clientWidth,
      inside: box.left >= 0 && box.right <= window.innerWidth,
    }
  })
  expect(shown).toEqual({ clipped: false, inside: true })
  await page.screenshot({ path: 'test-results/screenshots/admin-office-hours-error-1280.png' })

  await closes.fill('5 pm')
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText('successfully')
  await expect(opens).toHaveValue('13:00')
  await expect(closes).toHaveValue('17:00')
  const stored = await page.request.get(`/api/offices/${id}?depth=0`)
  expect((await stored.json()).hours).toEqual([
    expect.objectContaining({ days: ['Monday'], opens: '13:00', closes: '17:00' }),
  ])
})
