import {
  type CollectionBeforeValidateHook,
  type Field,
  type GlobalBeforeValidateHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import {
  checkPlainText,
  checkSafeLink,
  DEFAULT_MAX_LENGTH,
  UNSAFE_LINK_MESSAGE,
  isSafeHref,
} from '@/hardening/hostile'

/**
 * Refuses what no field of this site should ever store, before Payload's own validation and on
 * every save: drafts too (Payload skips field validation for drafts), the Local API too. Each
 * problem is a 400 naming the field: control characters and NUL, bidi overrides, broken
 * Unicode, text over its field's maxLength (or DEFAULT_MAX_LENGTH), values of the wrong type,
 * script or data links in link fields and in rich text, and rich text nested absurdly deep.
 */

type Issue = { path: string; message: string }

/**
 * `full` on a draft save (Payload skips field validation then); otherwise only what Payload's
 * validators do not check, so their own wording stays: rich text, control characters and broken
 * Unicode, and the default length of fields that set no maxLength.
 */
type Mode = 'full' | 'unvalidated'
type Data = Record<string, unknown>

// Deeper than any real document (lists in lists in a table in a block); a 10,000-level tree
// would overflow the renderer's recursion.
const MAX_RICH_TEXT_DEPTH = 40

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const blank = (value: unknown) => value === undefined || value === null

const typeName = (value: unknown) =>
  Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`

// Text fields holding addresses: `url` (links, citations, form redirects) and `…Url`.
const isLinkField = (name: string) => name === 'url' || /Url$/.test(name)

const checkText = (
  field: Extract<Field, { type: 'text' | 'textarea' | 'email' | 'code' }>,
  value: unknown,
  path: string,
  issues: Issue[],
  mode: Mode,
) => {
  if (blank(value)) return
  const values = 'hasMany' in field && field.hasMany && Array.isArray(value) ? value : [value]
  const ownMax = 'maxLength' in field ? field.maxLength : undefined
  for (const item of values) {
    if (typeof item !== 'string') {
      issues.push({ path, message: `Enter text here, not ${typeName(item)}.` })
      return
    }
    const maxLength =
      mode === 'full' || !ownMax
        ? ownMax ||
          DEFAULT_MAX_LENGTH[field.type as keyof typeof DEFAULT_MAX_LENGTH] ||
          DEFAULT_MAX_LENGTH.textarea
        : undefined
    const plain = checkPlainText(item, { multiline: field.type !== 'text', maxLength })
    if (plain !== true) return void issues.push({ path, message: plain })
    const guarded = (field.custom as { linkCheck?: boolean } | undefined)?.linkCheck
    if ((mode === 'full' || guarded) && isLinkField(field.name)) {
      const link = checkSafeLink(item)
      if (link !== true) return void issues.push({ path, message: link })
    }
  }
}

const checkRichText = (value: unknown, path: string, issues: Issue[]) => {
  if (blank(value)) return
  if (!isObject(value) || !isObject(value.root)) {
    issues.push({
      path,
      message: `Send rich text as an editor state object, not ${typeName(value)}.`,
    })
    return
  }
  // Iterative, so a hostile 10,000-level document cannot overflow the stack here either.
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value.root, depth: 0 }]
  while (stack.length) {
    const { node, depth } = stack.pop()!
    if (depth > MAX_RICH_TEXT_DEPTH) {
      issues.push({
        path,
        message: `The text is nested more than ${MAX_RICH_TEXT_DEPTH} levels deep.`,
      })
      return
    }
    if (Array.isArray(node)) {
      for (const child of node) stack.push({ node: child, depth: depth + 1 })
      continue
    }
    if (!isObject(node)) continue
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'string') {
        // Link and autolink nodes keep their address in fields.url; blocks inside the text
        // (calls to action) keep theirs in fields.link.url. The link editor leaves an internal
        // link's unused url at "https://" (not a valid address, but harmless).
        const unusedUrl = child === '' || (node.linkType === 'internal' && child === 'https://')
        if (key === 'url' && !unusedUrl && !isSafeHref(child)) {
          issues.push({ path, message: `A link in this text is refused. ${UNSAFE_LINK_MESSAGE}` })
          return
        }
        if (key === 'text' || key === 'url') {
          const plain = checkPlainText(child, { multiline: true })
          if (plain !== true) return void issues.push({ path, message: plain })
        }
      } else if (typeof child === 'object' && child !== null) {
        stack.push({ node: child, depth: depth + 1 })
      }
    }
  }
}

const checkScalar = (field: Field, value: unknown, path: string, issues: Issue[], mode: Mode) => {
  if (blank(value) || !('name' in field)) return
  const many = 'hasMany' in field && field.hasMany
  const values = many && Array.isArray(value) ? value : [value]
  for (const item of values) {
    switch (field.type) {
      case 'number':
        // Text that is not a number is left to the field's own validator (and its wording).
        if (mode !== 'full' && typeof item === 'string') break
        if (
          typeof item !== 'number' &&
          !(typeof item === 'string' && item.trim() !== '' && Number.isFinite(Number(item)))
        )
          return void issues.push({ path, message: `Enter a number here, not ${typeName(item)}.` })
        break
      case 'checkbox':
        if (typeof item !== 'boolean')
          return void issues.push({
            path,
            message: `Send true or false here, not ${typeName(item)}.`,
          })
        break
      case 'date':
        if (!(item instanceof Date) && (typeof item !== 'string' || Number.isNaN(Date.parse(item))))
          return void issues.push({
            path,
            message: 'Enter a date such as 2025-05-01 or 2025-05-01T09:30:00Z.',
          })
        break
      case 'relationship':
      case 'upload':
        if (
          typeof item !== 'number' &&
          typeof item !== 'string' &&
          !(isObject(item) && ('id' in item || ('relationTo' in item && 'value' in item)))
        )
          return void issues.push({
            path,
            message: `Choose an existing document here (send its id), not ${typeName(item)}.`,
          })
        break
      case 'select':
      case 'radio':
        if (typeof item !== 'string')
          return void issues.push({
            path,
            message: `Choose one of the options, sent as text, not ${typeName(item)}.`,
          })
        break
    }
  }
}

export const findHostileInput = (
  fields: Field[],
  data: unknown,
  mode: Mode = 'full',
  prefix = '',
): Issue[] => {
  const issues: Issue[] = []
  const walk = (fields: Field[], data: unknown, prefix: string) => {
    if (!isObject(data)) return
    for (const field of fields) {
      if (field.type === 'row' || field.type === 'collapsible') {
        walk(field.fields, data, prefix)
        continue
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs)
          'name' in tab && tab.name
            ? walk(tab.fields, data[tab.name], `${prefix}${tab.name}.`)
            : walk(tab.fields, data, prefix)
        continue
      }
      if (!('name' in field) || !field.name) {
        if (field.type === 'group') walk(field.fields, data, prefix)
        continue
      }
      const value = data[field.name]
      const path = `${prefix}${field.name}`
      if (value === undefined) continue
      switch (field.type) {
        case 'text':
        case 'textarea':
        case 'email':
        case 'code':
          checkText(field, value, path, issues, mode)
          break
        case 'richText':
          checkRichText(value, path, issues)
          break
        case 'group':
          if (!blank(value) && !isObject(value))
            issues.push({
              path,
              message: `Send these fields as an object, not ${typeName(value)}.`,
            })
          else walk(field.fields, value, `${path}.`)
          break
        case 'array':
        case 'blocks':
          if (blank(value)) break
          if (!Array.isArray(value)) {
            issues.push({ path, message: `Send a list of rows here, not ${typeName(value)}.` })
            break
          }
          value.forEach((row, index) => {
            if (!isObject(row))
              return void issues.push({
                path: `${path}.${index}`,
                message: `Each row must be an object, not ${typeName(row)}.`,
              })
            const rowFields =
              field.type === 'array'
                ? field.fields
                : field.blocks.find((block) => block.slug === row.blockType)?.fields
            if (rowFields) walk(rowFields, row, `${path}.${index}.`)
          })
          break
        default:
          checkScalar(field, value, path, issues, mode)
      }
    }
  }
  walk(fields, data, prefix)
  return issues
}

const refuse = (
  req: PayloadRequest,
  issues: Issue[],
  target: { collection?: string; global?: string },
): never => {
  throw new ValidationError({ ...target, errors: issues, req })
}

/** A draft save, for which Payload skips field validation. */
const isDraftSave = (req: PayloadRequest, data: unknown, hasDrafts: boolean): boolean =>
  hasDrafts &&
  ((data as { _status?: string } | undefined)?._status === 'draft' ||
    req.query?.draft === 'true' ||
    req.query?.autosave === 'true')

export const refuseHostileInput: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const mode = isDraftSave(req, data, Boolean(collection.versions?.drafts)) ? 'full' : 'unvalidated'
  const issues = findHostileInput(collection.fields, data, mode)
  if (issues.length) refuse(req, issues, { collection: collection.slug })
  return data
}

export const refuseHostileGlobalInput: GlobalBeforeValidateHook = ({ data, global, req }) => {
  const mode = isDraftSave(req, data, Boolean(global.versions?.drafts)) ? 'full' : 'unvalidated'
  const issues = findHostileInput(global.fields, data, mode)
  if (issues.length) refuse(req, issues, { global: global.slug })
  return data
}
