import { type DestinationStream, type LoggerOptions, levels, stdTimeFunctions } from 'pino'
import { defaultLoggerOptions as prettyDestination } from 'payload'

import { currentRequestId } from './requestContext'

/**
 * Payload's logger (pino): one JSON object per line in production, with the request id of the
 * request being handled (`reqId`), and without the personal data patients send through forms.
 * LOG_FORMAT=json|pretty and LOG_LEVEL override the defaults.
 */

const CENSOR = '[redacted]'

// Keys that hold personal data or credentials, at the top of a logged object or one level down
// (pino's redaction wildcards match a single level).
const SENSITIVE_KEYS = [
  'submissionData',
  'email',
  'phone',
  'password',
  'token',
  'cookie',
  'authorization',
  'to',
  'cc',
  'bcc',
  'replyTo',
  'body',
  'notifications',
  'emailError',
]

// Too common one level down to censor there (an error's message is what makes it useful).
// Not `name`: pino writes the logger's name under it.
const TOP_LEVEL_KEYS = ['message', 'text', 'html']

export const REDACT_PATHS = [
  ...SENSITIVE_KEYS,
  ...TOP_LEVEL_KEYS,
  ...SENSITIVE_KEYS.map((key) => `*.${key}`),
  '*.*.submissionData',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
]

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g
// Drizzle's "Failed query: … params: a,b,c" repeats every value sent to the database.
const QUERY_PARAMS = /(\bparams:)[^\n]*/g

/** Text safe to log: email addresses and database query parameters taken out. */
export const scrubText = (text: string): string =>
  text.replace(EMAIL, '[email]').replace(QUERY_PARAMS, `$1 ${CENSOR}`)

type ErrorLike = {
  name?: unknown
  message?: unknown
  stack?: unknown
  status?: unknown
  code?: unknown
  cause?: unknown
  originalError?: { status?: unknown }
  data?: { errors?: Array<{ path?: unknown }> }
}

/** The HTTP status an error answers with; GraphQL wraps Payload's errors in `originalError`. */
const statusOf = (error: ErrorLike): number | undefined => {
  const status = error.status ?? error.originalError?.status
  return typeof status === 'number' ? status : undefined
}

const isClientError = (error: ErrorLike): boolean => {
  const status = statusOf(error)
  return status !== undefined && status >= 400 && status < 500
}

/**
 * Errors as { type, message, status, code, stack, cause, fields }: never their other properties
 * (a database error carries the query's values, a validation error what was submitted), and no
 * stack for a client error (4xx), which is the sender's mistake rather than a fault.
 */
export const serializeError = (value: unknown, depth = 0): unknown => {
  if (!value || typeof value !== 'object')
    return typeof value === 'string' ? scrubText(value) : value
  const error = value as ErrorLike
  const fields = Array.isArray(error.data?.errors)
    ? error.data.errors.map((entry) => String(entry?.path ?? '')).filter(Boolean)
    : undefined
  return {
    type: typeof error.name === 'string' ? error.name : value.constructor?.name,
    message: typeof error.message === 'string' ? scrubText(error.message) : undefined,
    ...(statusOf(error) !== undefined ? { status: statusOf(error) } : {}),
    ...(typeof error.code === 'string' || typeof error.code === 'number'
      ? { code: error.code }
      : {}),
    ...(fields?.length ? { fields } : {}),
    ...(typeof error.stack === 'string' && !isClientError(error)
      ? { stack: scrubText(error.stack) }
      : {}),
    ...(error.cause && depth < 3 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  }
}

type LogArgs = Parameters<import('pino').LogFn>

/**
 * Every call, ours or Payload's: a 4xx error logged as an error (Payload does so for APIError)
 * becomes a one-line warning; message strings are scrubbed.
 */
function logMethod(
  this: import('pino').Logger,
  args: LogArgs,
  method: import('pino').LogFn,
  level: number,
) {
  const [first, ...rest] = args as unknown[]
  if (first && typeof first === 'object' && 'err' in first) {
    const { err, ...others } = first as { err: ErrorLike }
    if (level >= levels.values.error && err && typeof err === 'object' && isClientError(err)) {
      const message = typeof err.message === 'string' ? err.message : 'Client error'
      return this.warn({ ...others, err }, ...(rest.length ? (rest as []) : [message]))
    }
  }
  const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg))
  if (first && typeof first === 'object' && typeof (first as { msg?: unknown }).msg === 'string')
    scrubbed[0] = { ...first, msg: scrubText((first as { msg: string }).msg) }
  return method.apply(this, scrubbed as LogArgs)
}

const LEVELS = Object.keys(levels.values)

export type LogSettings = { format: 'json' | 'pretty'; level: string }

export const readLogSettings = (
  env: Record<string, string | undefined> = process.env,
): LogSettings => {
  const format = env.LOG_FORMAT === 'pretty' || env.LOG_FORMAT === 'json' ? env.LOG_FORMAT : null
  const level =
    env.LOG_LEVEL && [...LEVELS, 'silent'].includes(env.LOG_LEVEL) ? env.LOG_LEVEL : 'info'
  return { format: format ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty'), level }
}

/** pino options shared by every format. */
export const loggerOptions = (level: string): LoggerOptions => ({
  level,
  timestamp: stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin: () => {
    const reqId = currentRequestId()
    return reqId ? { reqId } : {}
  },
  redact: { paths: REDACT_PATHS, censor: CENSOR },
  serializers: { err: (error: unknown) => serializeError(error) },
  hooks: { logMethod },
})

/** For payload.config.ts `logger`. JSON goes to stdout; pretty is Payload's own dev format. */
export const payloadLogger = (
  settings: LogSettings = readLogSettings(),
): { options: LoggerOptions; destination?: DestinationStream } => ({
  options: loggerOptions(settings.level),
  ...(settings.format === 'pretty' ? { destination: prettyDestination } : {}),
})
