// @ts-check
// A module resolve hook, registered by runScript.ts before a `payload run` script loads the
// Payload config: `lexical` and `@lexical/*` resolve straight to the development or production
// build instead of their `*.node.mjs` entry (Node's "node" export condition).
//
// Each of those entries is `const mod = await import('./X.dev.mjs' or './X.prod.mjs')`. On Node
// 20, evaluating @payloadcms/richtext-lexical's modules on top of a dozen such top-level awaits
// now and then leaves one of its modules (features/link/nodes/LinkNode.js) waiting forever for
// dependencies that have all finished: the config's import never settles, the event loop runs
// dry and the process exits 0 having done nothing (payloadcms/payload#17757). It depends on the
// order the dynamic imports finish in, so it happens more on a busy machine; without the
// top-level awaits it does not happen. The build chosen is the one the entry would have chosen
// (by NODE_ENV), through the package's own "development"/"production" export conditions.

/** @type {string} */
let build = 'development'

/** @type {import('node:module').InitializeHook<{ build: string }>} */
export const initialize = (data) => {
  build = data.build
}

/** @type {import('node:module').ResolveHook} */
export const resolve = (specifier, context, nextResolve) =>
  specifier === 'lexical' || specifier.startsWith('@lexical/')
    ? nextResolve(specifier, { ...context, conditions: [build, ...context.conditions] })
    : nextResolve(specifier, context)
