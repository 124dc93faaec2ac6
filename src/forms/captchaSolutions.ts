import type { PayloadRequest } from 'payload'

const SOLUTIONS = 'captcha-solutions'

let lastCleanup = 0

/**
 * Used captchas only matter until they expire; clears old ones now and then, never failing a
 * submission over it.
 */
export const removeExpiredSolutions = async (req: PayloadRequest): Promise<void> => {
  const now = Date.now()
  if (now - lastCleanup < 60_000) return
  lastCleanup = now
  try {
    await req.payload.delete({
      collection: SOLUTIONS,
      where: { expiresAt: { less_than: new Date(now).toISOString() } },
      overrideAccess: true,
    })
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: 'Could not remove expired captcha solutions' })
  }
}

/** Stores the captcha's signature; false when it was stored before (a replay). */
export const recordSolution = async (
  req: PayloadRequest,
  signature: string,
  expiresAt: Date,
): Promise<boolean> => {
  try {
    // Outside the request's transaction: a replay racing this one must see it at once.
    await req.payload.create({
      collection: SOLUTIONS,
      data: { signature, expiresAt: expiresAt.toISOString() },
      overrideAccess: true,
    })
    return true
  } catch (error) {
    // The unique index refused it; anything else is a real failure and is reported as one.
    const { totalDocs } = await req.payload.count({
      collection: SOLUTIONS,
      where: { signature: { equals: signature } },
      overrideAccess: true,
    })
    if (totalDocs > 0) return false
    throw error
  }
}
