import type { DefaultServerCellComponentProps } from 'payload'

import { SITE_TIME_ZONE } from '@/display/timeZone'

import './styles.css'

// The clinic's zone, not the server's.
const when = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: SITE_TIME_ZONE,
})

/** "New" until a staff member has opened the submission, then when it was first opened. */
export const SubmissionReadCell = ({ cellData }: DefaultServerCellComponentProps) =>
  cellData ? (
    <span className="submission-read">{when.format(new Date(String(cellData)))}</span>
  ) : (
    <span className="submission-read submission-read--new">New</span>
  )
