import { linkHref, type NavLink } from '@/urls'

type Props = {
  heading: string
  body?: string | null
  link?: NavLink | null
  /** Beside an article the heading is an h2; inside the text it must not break the outline. */
  headingLevel?: 'h2' | 'h3' | 'p'
}

/** A staff-written appeal with one button, e.g. "Were you recommended surgery?" */
export const CallToActionBox = ({ heading, body, link, headingLevel: Heading = 'h2' }: Props) => {
  const href = linkHref(link)
  return (
    <div className="cta">
      <Heading className="cta-heading">{heading}</Heading>
      {body ? <p>{body}</p> : null}
      {href && link?.label ? (
        <p>
          <a className="button" href={href}>
            {link.label}
          </a>
        </p>
      ) : null}
    </div>
  )
}
