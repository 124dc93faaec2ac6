import { linkHref } from '@/urls'
import type { HomePage } from '@/payload-types'

type Props = { home: Pick<HomePage, 'heading' | 'intro' | 'links'> }

/** The welcome at the top of the home page, in the staff's words, with up to two buttons. */
export const HomeHero = ({ home }: Props) => {
  const buttons = (home.links ?? [])
    .map(({ id, link }) => ({ id, label: link?.label, href: linkHref(link) }))
    .filter((button) => button.label && button.href)
  return (
    <section className="home-hero" aria-labelledby="home-heading">
      <h1 id="home-heading">{home.heading}</h1>
      {home.intro ? <p className="lead">{home.intro}</p> : null}
      {buttons.length ? (
        <p className="button-row">
          {buttons.map((button, index) => (
            <a
              key={button.id ?? index}
              className={index === 0 ? 'button' : 'button button-secondary'}
              href={button.href!}
            >
              {button.label}
            </a>
          ))}
        </p>
      ) : null}
    </section>
  )
}
