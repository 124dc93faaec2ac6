// @ts-check
/**
 * A reason the run cannot go on, said in one line (a missing prerequisite, a bad setting, a
 * server that never answered). The entry scripts print just the message and exit with 1.
 */
export class BenchError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message)
    this.name = 'BenchError'
  }
}

/**
 * The one line to print for a failure: our own reasons as they are, anything else with its type.
 * @param {unknown} error
 */
export const oneLine = (error) => {
  const message =
    error instanceof BenchError
      ? error.message
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error)
  return message.replace(/\s*\n\s*/g, ' ').trim()
}
