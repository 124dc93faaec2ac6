import Link from 'next/link'

import { getLatestArticles, getSiteSettings } from '@/data'
import { formatLongDate } from '@/format/date'

export default async function HomePage() {
  const [settings, articles] = await Promise.all([getSiteSettings(), getLatestArticles(12)])
  return (
    <div className="container">
      <h1>{settings.siteName}</h1>
      {settings.tagline ? <p className="lead">{settings.tagline}</p> : null}
      <h2>Latest articles</h2>
      {articles.length === 0 ? (
        <p>No articles have been published yet.</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.id}>
              <h3>
                <Link href={`/articles/${article.slug}`}>{article.title}</Link>
              </h3>
              {article.subtitle ? <p className="muted">{article.subtitle}</p> : null}
              {article.excerpt ? <p>{article.excerpt}</p> : null}
              {article.publishedAt ? (
                <p className="meta">
                  <time dateTime={article.publishedAt}>{formatLongDate(article.publishedAt)}</time>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
