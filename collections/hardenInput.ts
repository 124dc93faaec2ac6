import type { Plugin } from 'payload'

import { refuseHostileGlobalInput, refuseHostileInput } from './hooks/refuseHostileInput'
import { requireObjectBody, requireObjectBodyForGlobal } from './hooks/requireObjectBody'

// Written only by the site itself (the search index, captcha records) or by Payload.
const INTERNAL = new Set(['search', 'captcha-solutions'])

/**
 * One place for the checks every collection and global needs against hostile input, so a new
 * collection (or one a plugin adds, like the form builder's) cannot forget them: the body must
 * be a JSON object, and text, links and rich text are checked on every save (drafts included).
 * Listed last in `plugins`, so it sees the collections other plugins add.
 */
export const hardenInput: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    INTERNAL.has(collection.slug) || collection.slug.startsWith('payload-')
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            // Last: a collection's own check (with its own wording) answers first.
            beforeOperation: [...(collection.hooks?.beforeOperation ?? []), requireObjectBody()],
            beforeValidate: [refuseHostileInput, ...(collection.hooks?.beforeValidate ?? [])],
          },
        },
  ),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeOperation: [...(global.hooks?.beforeOperation ?? []), requireObjectBodyForGlobal()],
      beforeValidate: [refuseHostileGlobalInput, ...(global.hooks?.beforeValidate ?? [])],
    },
  })),
})
