import { ImageResponse } from 'next/og'

import { type CardContent, cardText } from './card'
import { OG_SIZE } from './meta'
import { siteOrigin } from './urls'

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

/** The card as a React tree for Satori (flexbox only, inline styles). */
export const CardArt = ({ content, siteName }: { content: CardContent; siteName: string }) => {
  const title = content.title || siteName
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
      {/* The site's "healing cycle" mark, large and faint behind the text. */}
      <svg
        width="560"
        height="560"
        viewBox="0 0 560 560"
        style={{ position: 'absolute', right: -110, bottom: -150 }}
      >
        <g fill="none" stroke="#ffffff" strokeOpacity="0.16" strokeWidth="22" strokeLinecap="round">
          <path d="M60 280 a220 220 0 1 1 440 0" />
          <path d="M500 280 a220 220 0 1 1 -440 0" strokeDasharray="44 38" />
        </g>
      </svg>
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 34 }}>
        <div
          style={{
            width: 24,
            height: 24,
            borderRadius: 12,
            backgroundColor: '#f6d68a',
            marginRight: 18,
          }}
        />
        {cardText(siteName, 60)}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', maxWidth: 960 }}>
        {content.kicker ? (
          <div
            style={{
              fontSize: 28,
              letterSpacing: 4,
              textTransform: 'uppercase',
              color: '#f6d68a',
              marginBottom: 20,
            }}
          >
            {content.kicker}
          </div>
        ) : null}
        <div style={{ fontSize: titleSize(title), lineHeight: 1.12 }}>{title}</div>
        {content.subtitle ? (
          <div style={{ fontSize: 34, lineHeight: 1.3, marginTop: 26, color: '#d5e9ed' }}>
            {content.subtitle}
          </div>
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
