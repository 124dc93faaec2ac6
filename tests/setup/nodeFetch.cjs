// citation-js requires node-fetch 3, which is ESM-only; Jest's CommonJS loader cannot require
// it. The code under test never lets citation-js fetch (look-ups have their own client).
const refuse = () => Promise.reject(new Error('citation-js must not fetch in tests'))
module.exports = refuse
module.exports.default = refuse
module.exports.Headers = globalThis.Headers ?? class Headers {}
