/**
 * `<!--more-->` (the teaser break, optionally `<!--more Read on-->`), `<!--noteaser-->` and
 * `<!--nextpage-->` (page breaks) are editing markers with no place in a single article.
 * Removed before wpautop, so a marker alone on its line leaves a paragraph break where it stood.
 */
const MARKERS = /<!--(?:more(?:\s[\s\S]*?)?|noteaser|nextpage)-->/g

export const removeEditorMarkers = (html: string): string => html.replace(MARKERS, '')
