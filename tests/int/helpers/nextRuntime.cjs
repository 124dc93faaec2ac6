// What Next's server sets up before it loads anything (node-environment): its request stores are
// then real AsyncLocalStorage instances, as in the running site. CommonJS, and imported first, so
// it runs before the Next modules the test imports (Jest loads those while linking).
globalThis.AsyncLocalStorage = require('node:async_hooks').AsyncLocalStorage
