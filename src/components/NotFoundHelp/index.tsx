// Shown for unknown addresses: ways back in rather than a dead end.

import { OfficePhoneList } from '@/components/OfficePhoneList'
import { SearchForm } from '@/components/SearchForm'
import { TopicList } from '@/components/TopicList'
import { getOffices } from '@/data'
import { getTopLevelTopics } from '@/data/navigation'

export const NotFoundHelp = async () => {
  const [topics, offices] = await Promise.all([getTopLevelTopics(), getOffices()])
  return (
    <div className="container narrow">
      <h1>We could not find that page</h1>
      <p className="lead">
        The page may have moved, or the address may have a typo. These may help you find what you
        were looking for:
      </p>
      <SearchForm />
      <ul className="plain stacked">
        <li>
          <a href="/articles">Browse all articles</a>
        </li>
        <li>
          <a href="/">Go to the home page</a>
        </li>
      </ul>
      {topics.length ? (
        <>
          <h2>Popular topics</h2>
          <TopicList topics={topics} />
        </>
      ) : null}
      {offices.length ? (
        <>
          <h2>Prefer to talk to someone?</h2>
          <OfficePhoneList offices={offices} />
        </>
      ) : null}
    </div>
  )
}
