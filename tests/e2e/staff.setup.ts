import { request as playwrightRequest, expect, test as setup } from '@playwright/test'

import { ADMIN, EDITOR, EDITOR_STATE, openAdmin } from './helpers'

// A context made here does not get playwright.config.ts's `use`: say the origin (csrf) here too.
const ORIGIN = (baseURL?: string) => ({ Origin: baseURL! })

setup('the first account, made on /admin/create-first-user, is an admin', async ({ page }) => {
  await openAdmin(page, '/admin')
  await expect(page).toHaveURL(/\/admin\/create-first-user/)
  await page.locator('#field-email').fill(ADMIN.email)
  await page.locator('#field-password').fill(ADMIN.password)
  await page.locator('#field-confirm-password').fill(ADMIN.password)
  await page.locator('#field-name').fill(ADMIN.name)
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByText('Articles').first()).toBeVisible()

  const me = await (await page.request.get('/api/users/me')).json()
  expect(me.user).toMatchObject({ email: ADMIN.email, roles: ['admin'] })
})

setup('the admin adds an editor account', async ({ baseURL }) => {
  const admin = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: ORIGIN(baseURL) })
  const login = await admin.post('/api/users/login', {
    data: { email: ADMIN.email, password: ADMIN.password },
  })
  expect(login.status()).toBe(200)
  const created = await admin.post('/api/users', {
    data: { ...EDITOR, roles: ['editor'] },
  })
  expect(created.status(), await created.text()).toBe(201)
  expect((await created.json()).doc).toMatchObject({ email: EDITOR.email, roles: ['editor'] })
  await admin.dispose()

  // Other tests start already signed in as the editor; staff-flow.spec.ts signs in through the form.
  const editor = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: ORIGIN(baseURL) })
  const editorLogin = await editor.post('/api/users/login', {
    data: { email: EDITOR.email, password: EDITOR.password },
  })
  expect(editorLogin.status()).toBe(200)
  await editor.storageState({ path: EDITOR_STATE })
  await editor.dispose()
})
