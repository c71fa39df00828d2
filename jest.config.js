/** Jest: core, adapters and CLI under node; React components under jsdom (per-file docblock). */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    '\\.(css)$': '<rootDir>/test/support/style-stub.js',
  },
  testTimeout: 60000,
};
