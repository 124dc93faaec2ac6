// Jest runs the TypeScript sources as native ES modules (Payload is ESM-only), so every npm
// script sets NODE_OPTIONS=--experimental-vm-modules. Two projects:
//   unit: jsdom + Testing Library, pure functions and React components
//   int:  node, Payload's Local API and the real REST/GraphQL route handlers on a fresh database
// per test file (SQLite in a temp dir, or MongoDB when TEST_DATABASE_URI is set).

/** @type {import('@jest/types').Config.InitialOptions['transform']} */
const swc = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'es6' },
    },
  ],
}

const moduleNameMapper = {
  '^@payload-config$': '<rootDir>/payload.config.ts',
  '^@/(.*)$': '<rootDir>/src/$1',
  '^@collections/(.*)$': '<rootDir>/collections/$1',
  '\\.(css|scss|sass)$': '<rootDir>/tests/setup/styleStub.cjs',
  '^node-fetch$': '<rootDir>/tests/setup/nodeFetch.cjs',
}

const shared = {
  rootDir: '.',
  transform: swc,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
}

/** @type {import('jest').Config} */
const config = {
  // Booting Payload and applying the migrations takes a few seconds per integration file, more
  // on a busy CI machine.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/unit.ts'],
    },
    {
      ...shared,
      displayName: 'int',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/setup/int-env.ts'],
    },
  ],
}

export default config
