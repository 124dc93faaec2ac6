// Runs before each integration test file is loaded: no demo seed, no background job runner,
// and a fixed secret so tokens can be made. The database itself is chosen per file by
// tests/int/helpers/payload.ts.
process.env.SEED = 'false'
process.env.JOBS_AUTORUN = 'false'
process.env.PAYLOAD_SECRET ||= 'integration-tests-secret'
