/** @jest-environment node */
import { Writable } from 'node:stream'

import { pino } from 'pino'

import { loggerOptions, readLogSettings, scrubText, serializeError } from '@/logging/logger'
import { runWithRequestId } from '@/logging/requestContext'
import { isValidRequestId, requestIdFrom } from '@/logging/requestId'

const capture = () => {
  const lines: Record<string, any>[] = []
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      callback()
    },
  })
  return { logger: pino(loggerOptions('info'), stream), lines }
}

describe('request ids', () => {
  it('keeps a plain, bounded incoming id and replaces anything else', () => {
    const headers = (value: string) => new Headers({ 'x-request-id': value })
    expect(requestIdFrom(headers('lb-7f3a9c21'))).toBe('lb-7f3a9c21')
    for (const bad of ['short', 'a b c d e f', '<script>alert(1)</script>', 'x'.repeat(129), ''])
      expect(requestIdFrom(headers(bad))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/)
    expect(requestIdFrom(new Headers())).not.toBe(requestIdFrom(new Headers()))
    expect(isValidRequestId('a'.repeat(128))).toBe(true)
  })
})

describe('scrubbing', () => {
  it('takes email addresses and database query parameters out of text', () => {
    expect(scrubText('mail to ada.l+x@example.co.uk failed')).toBe('mail to [email] failed')
    expect(scrubText('Failed query: insert into "t" values (?, ?)\nparams: Ada,Knee pain')).toBe(
      'Failed query: insert into "t" values (?, ?)\nparams: [redacted]',
    )
  })

  it('serializes an error without its other properties, and a 4xx without a stack', () => {
    const dbError = Object.assign(new Error('Failed query: x\nparams: secret-value'), {
      params: ['secret-value'],
      cause: Object.assign(new Error('SQLITE_BUSY'), { code: 'SQLITE_BUSY' }),
    })
    const serialized = JSON.stringify(serializeError(dbError))
    expect(serialized).not.toContain('secret-value')
    expect(serialized).toContain('SQLITE_BUSY')
    const clientError = Object.assign(new Error('Too many requests'), {
      status: 429,
      data: { errors: [{ path: 'email', message: 'ada@example.com is not valid', value: 'x' }] },
    })
    expect(serializeError(clientError)).toEqual({
      type: 'Error',
      message: 'Too many requests',
      status: 429,
      fields: ['email'],
    })
  })
})

describe('the logger', () => {
  it('adds the request id inside a request only', async () => {
    const { logger, lines } = capture()
    logger.info('outside')
    await runWithRequestId('req-12345678', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      logger.info('inside, after an await')
    })
    expect(lines[0].reqId).toBeUndefined()
    expect(lines[1]).toMatchObject({ reqId: 'req-12345678', msg: 'inside, after an await' })
  })

  it('censors personal fields and turns a logged 4xx error into a warning', () => {
    const { logger, lines } = capture()
    logger.info({
      submissionData: [{ field: 'message', value: 'my diagnosis' }],
      doc: { email: 'a@b.cd', submissionData: ['x'] },
      headers: { authorization: 'JWT abc', cookie: 'payload-token=abc' },
      msg: 'created',
    })
    logger.error({ err: Object.assign(new Error('Not allowed'), { status: 403 }) })
    expect(JSON.stringify(lines)).not.toMatch(/diagnosis|a@b\.cd|JWT abc|payload-token/)
    expect(lines[0]).toMatchObject({ submissionData: '[redacted]', doc: { email: '[redacted]' } })
    expect(lines[1]).toMatchObject({ level: 'warn', msg: 'Not allowed', err: { status: 403 } })
    expect(lines[1].err.stack).toBeUndefined()
  })

  it('writes JSON in production and pretty lines in development unless told otherwise', () => {
    expect(readLogSettings({ NODE_ENV: 'production' })).toEqual({ format: 'json', level: 'info' })
    expect(readLogSettings({ NODE_ENV: 'development' }).format).toBe('pretty')
    expect(
      readLogSettings({ NODE_ENV: 'development', LOG_FORMAT: 'json', LOG_LEVEL: 'warn' }),
    ).toEqual({ format: 'json', level: 'warn' })
    expect(readLogSettings({ LOG_LEVEL: 'loud' }).level).toBe('info')
  })
})
