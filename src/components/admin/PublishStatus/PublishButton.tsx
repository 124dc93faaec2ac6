'use client'

import {
  PublishButton as PayloadPublishButton,
  ServerFunctionsContext,
  useServerFunctions,
} from '@payloadcms/ui'
import { useMemo } from 'react'

type ScheduleArgs = Parameters<ReturnType<typeof useServerFunctions>['schedulePublish']>[0]

/**
 * Payload's publish button, whose schedule drawer reports our server's refusal (a time in the
 * past) as the error it is. The drawer shows an error only when scheduling throws, and Payload's
 * client returns the server's `{ error }` instead, so the drawer said "Scheduled successfully".
 */
export const PublishButton = () => {
  const serverFunctions = useServerFunctions()
  const strict = useMemo(
    () => ({
      ...serverFunctions,
      schedulePublish: async (args: ScheduleArgs) => {
        const result = await serverFunctions.schedulePublish(args)
        const error = (result as { error?: string } | undefined)?.error
        if (error) throw new Error(error)
        return result
      },
    }),
    [serverFunctions],
  )
  return (
    <ServerFunctionsContext value={strict}>
      <PayloadPublishButton />
    </ServerFunctionsContext>
  )
}
