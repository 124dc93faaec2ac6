import { ImageResponse } from 'next/og'
import type { CSSProperties } from 'react'

import { type CardContent, cardText } from './card'
import { OG_SIZE } from './metaDefaults'
import { siteOrigin } from '@/urls'

// The branded 1200×630 image for pages without a picture of their own, drawn with next/og and
// the font it bundles (no network).

const titleSize = (title: string): number =>
  title.length <= 30 ? 84 : title.length <= 60 ? 68 : title.length <= 85 ? 58 : 50

const host = (): string => {
  try {
    return new URL(siteOrigin()).host
  } catch {
    return ''
  }
}

/**
 * Words that wrap, drawn letter by letter: Satori lays text out without kerning but draws it
 * with kerning, which leaves wide gaps after words such as "Prolotherapy"; single letters have
 * no pairs to kern, so layout and drawing agree.
 */
const Words = ({ text, style }: { text: string; style: CSSProperties }) => (
  <div style={{ display: 'flex', flexWrap: 'wrap', ...style }}>
    {text.split(' ').map((word, index) => (
      <div key={index} style={{ display: 'flex', marginRight: '0.25em' }}>
        {[...word].map((letter, at) => (
          <span key={at}>{letter}</span>
        ))}
      </div>
    ))}
  </div>
)

/** The card as a React tree for Satori (flexbox only, inline styles). */
export const CardArt = ({ content, siteName }: { content: CardContent; siteName: string }) => {
  const name = cardText(siteName, 60)
  const title = content.title || name
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 80px',
        color: '#ffffff',
        backgroundColor: '#0d4f5c',
        backgroundImage: 'linear-gradient(135deg, #0b4350 0%, #0d4f5c 45%, #2f8495 100%)',
        position: 'relative',
      }}
    >
      {/* The site's "healing cycle" mark (as on the seeded hero image), large and faint. */}
      <svg
        width="520"
        height="520"
        viewBox="0 0 560 560"
        style={{ position: 'absolute', right: -70, top: 150 }}
      >
        <g fill="none" stroke="#ffffff" strokeOpacity="0.13" strokeWidth="20" strokeLinecap="round">
          <path d="M60 280 a220 220 0 1 1 440 0" />
          <path d="M500 280 a220 220 0 1 1 -440 0" strokeDasharray="44 38" />
        </g>
        <g fill="#f6d68a" fillOpacity="0.35">
          <circle cx="280" cy="60" r="16" />
          <circle cx="500" cy="280" r="16" />
        </g>
      </svg>
      <div style={{ display: 'flex', alignItems: 'center', height: 44 }}>
        <div
          style={{
            width: 24,
            height: 24,
            borderRadius: 12,
            backgroundColor: '#f6d68a',
            marginRight: 18,
          }}
        />
        {/* The name is the title on a card without one (the home page's). */}
        {title !== name ? <Words text={name} style={{ fontSize: 34 }} /> : null}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', maxWidth: 960 }}>
        {content.kicker ? (
          <Words
            text={content.kicker.toUpperCase()}
            style={{ fontSize: 28, letterSpacing: 4, color: '#f6d68a', marginBottom: 20 }}
          />
        ) : null}
        <Words text={title} style={{ fontSize: titleSize(title), lineHeight: 1.12 }} />
        {content.subtitle ? (
          <Words
            text={content.subtitle}
            style={{ fontSize: 34, lineHeight: 1.3, marginTop: 26, color: '#d5e9ed' }}
          />
        ) : null}
      </div>
      <div style={{ display: 'flex', fontSize: 26, color: '#b5d6dd' }}>{host()}</div>
    </div>
  )
}

const MAX_CACHED = 200
const rendered = new Map<string, Promise<ArrayBuffer>>()

/**
 * The card as PNG bytes. Rendering costs a CPU-heavy moment, so the last few hundred are kept
 * by what they show: asking again for the same card (with any ?v=) draws nothing new.
 */
export const renderCard = (content: CardContent, siteName: string): Promise<ArrayBuffer> => {
  const key = JSON.stringify([content, siteName, host()])
  const hit = rendered.get(key)
  if (hit) {
    rendered.delete(key)
    rendered.set(key, hit)
    return hit
  }
  const png = new ImageResponse(<CardArt content={content} siteName={siteName} />, OG_SIZE)
    .arrayBuffer()
    .catch((error) => {
      rendered.delete(key)
      throw error
    })
  rendered.set(key, png)
  if (rendered.size > MAX_CACHED) rendered.delete(rendered.keys().next().value!)
  return png
}
