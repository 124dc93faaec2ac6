import type { ServerProps, Where } from 'payload'

import { isStaffUser } from '@/access/roles'

import { DESK_TASKS, listHref, scheduledArticleIds } from './tasks'

import './styles.css'

type Row = { key: string; label: string; description: string; count: number; href: string | null }

/**
 * Above the dashboard's collection cards: what needs doing, each a count (with the signed-in
 * person's own access) that links to the list filtered to exactly those documents. Rendered on
 * every visit, so the numbers are current.
 */
export const DeskDashboard = async ({ payload, user }: ServerProps) => {
  if (!payload || !isStaffUser(user)) return null
  const adminRoute = payload.config.routes.admin
  const counted: Row[] = await Promise.all(
    DESK_TASKS.map(async ({ key, label, description, collection, where }) => {
      const { totalDocs } = await payload.count({
        collection,
        where,
        overrideAccess: false,
        user,
      })
      return {
        key,
        label,
        description,
        count: totalDocs,
        href: listHref(adminRoute, collection, where),
      }
    }),
  )
  // Payload's job queue is for the system: read it as such, then count the articles as the user.
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    pagination: false,
    depth: 0,
    select: { input: true },
    overrideAccess: true,
  })
  const ids = scheduledArticleIds(jobs)
  const scheduledWhere: Where | null = ids.length ? { id: { in: ids } } : null
  const scheduled = scheduledWhere
    ? (
        await payload.count({
          collection: 'articles',
          where: scheduledWhere,
          overrideAccess: false,
          user,
        })
      ).totalDocs
    : 0
  const rows: Row[] = [
    ...counted.slice(0, 3),
    {
      key: 'scheduledArticles',
      label: 'Scheduled articles',
      description: 'Articles set to publish on their own at a chosen time.',
      count: scheduled,
      href: scheduled ? listHref(adminRoute, 'articles', scheduledWhere) : null,
    },
    ...counted.slice(3),
  ]
  return (
    <section className="desk-dashboard" aria-labelledby="desk-dashboard-heading">
      <h2 id="desk-dashboard-heading" className="desk-dashboard__heading">
        What needs doing
      </h2>
      <ul className="desk-dashboard__tasks">
        {rows.map(({ key, label, description, count, href }) => {
          const body = (
            <>
              <span className="desk-dashboard__count">{count}</span>
              <span className="desk-dashboard__label">{label}</span>
              <span className="desk-dashboard__description">{description}</span>
            </>
          )
          return (
            <li
              key={key}
              data-task={key}
              className={`desk-dashboard__task${count ? ' desk-dashboard__task--due' : ''}`}
            >
              {href ? (
                <a className="desk-dashboard__link" href={href}>
                  {body}
                </a>
              ) : (
                <div className="desk-dashboard__link">{body}</div>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
