import { numberReferences } from '@/citations/numberReferences'
import { ArticleList } from '@/components/ArticleList'
import { References } from '@/components/References'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichText } from '@/components/RichText'
import { TopicTrail } from '@/components/TopicTrail'
import { physicianDisplayName } from '@/display/names'
import { formatLongDate } from '@/display/date'
import type { Article, Media, Physician, Topic } from '@/payload-types'
import { mediaSrc, pathOf } from '@/urls'
import { populated, populatedAll } from '@/data/populated'

export const ArticleView = ({ article }: { article: Article }) => {
  const author = populated<Physician>(article.author)
  const reviewer = populated<Physician>(article.reviewedBy)
  const hero = populated<Media>(article.heroImage)
  const topics = populatedAll<Topic>(article.topics)
  const trail = topics[0]
    ? ([populated<Topic>(topics[0].parent), topics[0]].filter(Boolean) as Topic[])
    : []
  const numbering = numberReferences(article.content)
  const published = formatLongDate(article.publishedAt)
  const reviewed = formatLongDate(article.lastReviewedAt)
  // Unpublished related articles are not populated for visitors (only their id comes back).
  const related = (article.relatedArticles ?? [])
    .map((item) => populated<Article>(item))
    .filter((item): item is Article => Boolean(item?.slug))

  return (
    <article className="container narrow article">
      <TopicTrail topics={trail} />
      <header className="article-header">
        <h1>{article.title}</h1>
        {article.subtitle ? <p className="subtitle">{article.subtitle}</p> : null}
        <p className="byline">
          {author ? (
            <>
              By <a href={pathOf('physicians', author.slug)}>{physicianDisplayName(author)}</a>
            </>
          ) : null}
          {published && article.publishedAt ? (
            <>
              {author ? ' · ' : null}
              Published <time dateTime={article.publishedAt}>{published}</time>
            </>
          ) : null}
        </p>
        {reviewer && reviewed && article.lastReviewedAt ? (
          <p className="reviewed">
            Medically reviewed by{' '}
            <a href={pathOf('physicians', reviewer.slug)}>{physicianDisplayName(reviewer)}</a> on{' '}
            <time dateTime={article.lastReviewedAt}>{reviewed}</time>
          </p>
        ) : null}
      </header>
      {hero?.url ? (
        <figure className="hero">
          <ResponsiveImage
            src={mediaSrc(hero.url)}
            alt={hero.alt}
            width={hero.width ?? 1600}
            height={hero.height ?? 900}
            sizes="(max-width: 800px) 100vw, 760px"
            priority
          />
          {hero.caption ? <figcaption>{hero.caption}</figcaption> : null}
        </figure>
      ) : null}
      <RichText data={article.content} numbering={numbering} />
      <References references={numbering.references} />
      {related.length ? (
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading">Related articles</h2>
          <ArticleList articles={related} empty="" />
        </section>
      ) : null}
    </article>
  )
}
