import { runScript } from '@/cli/runScript'

/**
 * `npm run seed`: adds whatever of the demo clinic is missing and says what it did. Exit status:
 * 0 when the seed finished, 1 with a one-line reason on stderr otherwise.
 */
await runScript('seed', async ({ loadPayload }) => {
  const payload = await loadPayload()
  const { seed } = await import('../src/seed/index')
  const report = await seed(payload)
  payload.logger.info(
    `Seed finished: ${report.created.length} created, ${report.kept.length} already there.`,
  )
  for (const item of report.created) payload.logger.info(`  created ${item}`)
})
