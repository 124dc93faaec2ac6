// Run with `payload run` as a child of tests/int/durability.test.ts: saves form submissions one
// after another and prints "ack <id>" only after each create has returned, until it is killed.
import { runScript } from '@/cli/runScript'

await runScript('crash-writer', async ({ loadPayload }) => {
  const payload = await loadPayload()
  const form = Number(process.env.CRASH_FORM_ID) || process.env.CRASH_FORM_ID
  process.stdout.write('ready\n')
  for (let n = 1; ; n += 1) {
    const doc = await payload.create({
      collection: 'form-submissions',
      data: {
        form,
        submissionData: [{ field: 'symptoms', value: `Acknowledged message ${n}` }],
      } as never,
    })
    process.stdout.write(`ack ${doc.id}\n`)
  }
})
