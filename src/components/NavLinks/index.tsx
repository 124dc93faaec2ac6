import { linkHref } from '@/urls'
import type { Header } from '@/payload-types'

type Props = { items: Header['navItems']; label: string; className: string }

/** A staff-edited menu; links whose page is gone are dropped, and an empty menu renders nothing. */
export const NavLinks = ({ items, label, className }: Props) => {
  const links = (items ?? []).flatMap(({ id, link }) => {
    const href = linkHref(link)
    return href ? [{ key: id ?? href, label: link.label, href }] : []
  })
  if (!links.length) return null
  return (
    <nav aria-label={label}>
      <ul className={className}>
        {links.map((link) => (
          <li key={link.key}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
