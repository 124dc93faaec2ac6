import { formatLongDate } from '@/display/date'
import type { Article } from '@/payload-types'
import { pathOf } from '@/urls'

type Props = {
  articles: Pick<Article, 'id' | 'title' | 'slug' | 'subtitle' | 'excerpt' | 'publishedAt'>[]
  empty: string
  headingLevel?: 'h2' | 'h3'
}

export const ArticleList = ({ articles, empty, headingLevel: Heading = 'h3' }: Props) => {
  if (!articles.length) return <p>{empty}</p>
  return (
    <ul className="article-list">
      {articles.map((article) => {
        // A missing or unreadable date is left out rather than printed as an empty <time>.
        const published = formatLongDate(article.publishedAt)
        return (
          <li key={article.id}>
            <Heading>
              <a href={pathOf('articles', article.slug)}>{article.title}</a>
            </Heading>
            {article.subtitle ? <p className="muted">{article.subtitle}</p> : null}
            {article.excerpt ? <p>{article.excerpt}</p> : null}
            {article.publishedAt && published ? (
              <p className="meta">
                <time dateTime={article.publishedAt}>{published}</time>
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
