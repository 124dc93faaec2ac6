import type { CollectionConfig, Field, Plugin, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { checkSafeLink } from '@/hardening/hostile'

import { refuseHostileGlobalInput, refuseHostileInput } from './refuseHostileInput'
import { requireObjectBody, requireObjectBodyForGlobal } from './requireObjectBody'

// A link field without a validator of its own (e.g. the form builder's redirect address) gets
// one that refuses script and data addresses; fields with their own keep their wording.
const validateLink: TextFieldSingleValidation = (value, options) => {
  const link = checkSafeLink(value)
  return link === true ? text(value, options) : link
}

const guardLinks = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (
      field.type === 'text' &&
      (field.name === 'url' || /Url$/.test(field.name)) &&
      !field.validate
    )
      // linkCheck: checked by refuseHostileInput even where validation is skipped (a field
      // hidden by its condition, like the redirect address of a form showing a message).
      return {
        ...field,
        validate: validateLink,
        custom: { ...field.custom, linkCheck: true },
      } as Field
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: guardLinks(field.fields) } as Field
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: guardLinks(tab.fields) })),
      }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: guardLinks(block.fields) })),
      }
    return field
  })

// Written only by the site itself (the search index, captcha records) or by Payload.
const INTERNAL = new Set(['search', 'captcha-solutions'])

/**
 * One place for the checks every collection and global needs against hostile input, so a new
 * collection (or one a plugin adds, like the form builder's) cannot forget them: the body must
 * be a JSON object, and text, links and rich text are checked on every save (drafts included).
 * Listed last in `plugins`, so it sees the collections other plugins add.
 */
// A collection that lists refuseHostileInput itself (the form-submission pipeline) has put both
// checks where its own steps need them.
const placesOwnChecks = (collection: CollectionConfig): boolean =>
  collection.hooks?.beforeValidate?.includes(refuseHostileInput) ?? false

export const hardenInput: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    INTERNAL.has(collection.slug) || collection.slug.startsWith('payload-')
      ? collection
      : placesOwnChecks(collection)
        ? { ...collection, fields: guardLinks(collection.fields) }
        : {
            ...collection,
            fields: guardLinks(collection.fields),
            hooks: {
              ...collection.hooks,
              // Last: a collection's own check (with its own wording) answers first.
              beforeOperation: [...(collection.hooks?.beforeOperation ?? []), requireObjectBody()],
              // First, so a collection's own hooks (e.g. the topic cycle check) see well-typed data.
              beforeValidate: [refuseHostileInput, ...(collection.hooks?.beforeValidate ?? [])],
            },
          },
  ),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    fields: guardLinks(global.fields),
    hooks: {
      ...global.hooks,
      beforeOperation: [...(global.hooks?.beforeOperation ?? []), requireObjectBodyForGlobal()],
      beforeValidate: [refuseHostileGlobalInput, ...(global.hooks?.beforeValidate ?? [])],
    },
  })),
})
