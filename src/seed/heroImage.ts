import sharp from 'sharp'

// Drawn at seed time so the repository carries no binary or licensed stock photo.
const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0d4f5c"/>
      <stop offset="1" stop-color="#3a8fa0"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#f6d68a" stop-opacity="0.95"/>
      <stop offset="1" stop-color="#f6d68a" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="1600" height="900" fill="url(#sky)"/>
  <circle cx="800" cy="450" r="360" fill="url(#glow)"/>
  <g fill="none" stroke="#ffffff" stroke-opacity="0.85" stroke-width="14" stroke-linecap="round">
    <path d="M520 450 a280 280 0 1 1 560 0"/>
    <path d="M1080 450 a280 280 0 1 1 -560 0" stroke-dasharray="40 36"/>
  </g>
  <g fill="#ffffff">
    <circle cx="800" cy="170" r="26"/>
    <circle cx="1080" cy="450" r="26"/>
    <circle cx="800" cy="730" r="26" fill-opacity="0.6"/>
    <circle cx="520" cy="450" r="26" fill-opacity="0.6"/>
  </g>
</svg>`

export const renderHeroImage = (): Promise<Buffer> =>
  sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
