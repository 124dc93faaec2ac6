import { runWithRequestId } from './requestContext'
import { REQUEST_ID_HEADER, requestIdFrom } from './requestId'

type RouteHandler<C> = (request: Request, context: C) => Promise<Response> | Response

/**
 * Wraps a Next.js route handler (Payload's REST and GraphQL ones): every log line written while
 * it runs carries the request id, and the response echoes it in `x-request-id`, so a visitor's
 * or an operator's report can be matched to the server's log.
 */
export const withRequestId =
  <C>(handler: RouteHandler<C>): RouteHandler<C> =>
  async (request, context) => {
    const requestId = requestIdFrom(request.headers)
    const response = await runWithRequestId(requestId, () => handler(request, context))
    try {
      response.headers.set(REQUEST_ID_HEADER, requestId)
      return response
    } catch {
      // Immutable headers (a fetched response passed through): answer with a copy.
      const copy = new Response(response.body, response)
      copy.headers.set(REQUEST_ID_HEADER, requestId)
      return copy
    }
  }
