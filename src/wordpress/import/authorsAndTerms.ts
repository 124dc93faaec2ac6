import { toSlug } from '@/validation'

import type { WxrAuthor, WxrTerm } from '../types'
import { firstDoc, type ID, type ImportContext } from './context'

/** "Ross Hauser, MD" → name "Ross Hauser", credentials "MD"; first and last name win. */
export const physicianName = (author: WxrAuthor): { name: string; credentials?: string } => {
  const [display, ...after] = (author.displayName || author.login).split(',')
  const credentials = after.join(',').trim()
  const full = [author.firstName, author.lastName].filter(Boolean).join(' ').trim()
  return {
    name: (full || display).trim().slice(0, 120) || author.login,
    ...(credentials && credentials.length <= 60 ? { credentials } : {}),
  }
}

/** The physician for a post's author: imported before, the same name, or a new one. */
export const physicianFor = async (ctx: ImportContext, login: string): Promise<ID> => {
  const known = ctx.physicians.get(login)
  if (known !== undefined) return known
  const author = ctx.index.authors.get(login) ?? {
    login,
    email: '',
    displayName: login,
    firstName: '',
    lastName: '',
  }
  const { name, credentials } = physicianName(author)
  let id =
    (await firstDoc(ctx, 'physicians', { wordpressId: { equals: `author:${login}` } }))?.id ??
    (await firstDoc(ctx, 'physicians', { name: { equals: name } }))?.id
  if (id !== undefined) ctx.count('physicians', 'reused')
  else if (ctx.dryRun) {
    id = `new-author-${login}`
    ctx.count('physicians', 'created')
  } else {
    const doc = await ctx.payload.create({
      collection: 'physicians',
      data: { name, credentials, wordpressId: `author:${login}` } as never,
      depth: 0,
      req: ctx.req,
    })
    id = doc.id
    ctx.count('physicians', 'created')
  }
  ctx.physicians.set(login, id)
  return id
}

/** Categories and their parents first, so each topic's parent exists when it is made. */
const parentsFirst = (terms: WxrTerm[]): WxrTerm[] => {
  const bySlug = new Map(terms.map((term) => [term.slug, term]))
  const out: WxrTerm[] = []
  const placed = new Set<string>()
  const place = (term: WxrTerm, path: Set<string>) => {
    if (placed.has(term.slug) || path.has(term.slug)) return
    const parent = term.parentSlug ? bySlug.get(term.parentSlug) : undefined
    if (parent) place(parent, new Set([...path, term.slug]))
    placed.add(term.slug)
    out.push(term)
  }
  for (const term of terms) place(term, new Set())
  return out
}

/** Every category (with its hierarchy) and, unless left out, every tag becomes a topic. */
export const importTerms = async (ctx: ImportContext): Promise<void> => {
  const groups: ['category' | 'tag', WxrTerm[]][] = [
    ['category', parentsFirst(ctx.index.categories)],
    ['tag', ctx.importTags ? ctx.index.tags : []],
  ]
  for (const [domain, terms] of groups) {
    for (const term of terms) {
      const key = `${domain}:${term.slug}`
      const slug = toSlug(safeDecode(term.slug)) || toSlug(term.name)
      let id =
        (await firstDoc(ctx, 'topics', { wordpressId: { equals: key } }))?.id ??
        (slug ? (await firstDoc(ctx, 'topics', { slug: { equals: slug } }))?.id : undefined)
      if (id !== undefined) ctx.count('topics', 'reused')
      else if (ctx.dryRun) {
        id = `new-${key}`
        ctx.count('topics', 'created')
      } else {
        const parent = term.parentSlug ? ctx.topics.get(`category:${term.parentSlug}`) : undefined
        const doc = await ctx.payload.create({
          collection: 'topics',
          data: {
            name: term.name.slice(0, 120) || slug,
            slug,
            parent,
            description: term.description.slice(0, 1000) || undefined,
            wordpressId: key,
          } as never,
          depth: 0,
          req: ctx.req,
        })
        id = doc.id
        ctx.count('topics', 'created')
      }
      ctx.topics.set(key, id)
    }
  }
}

const safeDecode = (value: string): string => {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
