import { ArticleList } from '@/components/ArticleList'
import { getLatestArticles, getSiteSettings } from '@/data'

export default async function HomePage() {
  const [settings, articles] = await Promise.all([getSiteSettings(), getLatestArticles(12)])
  return (
    <div className="container">
      <h1>{settings.siteName}</h1>
      {settings.tagline ? <p className="lead">{settings.tagline}</p> : null}
      <h2>Latest articles</h2>
      <ArticleList articles={articles} empty="No articles have been published yet." />
    </div>
  )
}
