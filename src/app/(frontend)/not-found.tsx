import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="container">
      <h1>We could not find that page</h1>
      <p>The page may have moved, or the address may have a typo.</p>
      <p>
        <Link href="/">Go to the home page and browse our articles</Link>
      </p>
    </div>
  )
}
