import type { AfterErrorHook } from 'payload'

export const LOGIN_REFUSED =
  'The email or password is incorrect, or the account is locked for 15 minutes after 5 failed tries.'

/**
 * Payload answers a wrong password with "incorrect" until the fifth try, then "This user is
 * locked", but an unknown address stays "incorrect" for ever: five tries told anyone whether a
 * staff address exists. Both refusals get one message (and one error name in GraphQL). Matched
 * on Payload's own translated messages, since class names do not survive minification.
 */
export const hideAccountExistence: AfterErrorHook = ({ error, req, result, graphqlResult }) => {
  const message = (error as { message?: string }).message
  const refusals = [req.t('error:userLocked'), req.t('error:emailOrPasswordIncorrect')]
  if (!message || !refusals.includes(message)) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: LOGIN_REFUSED,
        extensions: { ...graphqlResult.extensions, name: 'AuthenticationError' },
      },
    }
  }
  return { response: { errors: [{ message: LOGIN_REFUSED }] }, status: 401 }
}
