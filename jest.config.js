/**
 * Jest: core, adapters and CLI under node; React components under jsdom (per-file docblock).
 * Timeouts are generous because they only matter when a state never arrives: the suite
 * must hold on a 2-core machine at load 8 (see test/support/jest-setup.ts).
 */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    "\\.(css)$": "<rootDir>/test/support/style-stub.js",
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/jest-setup.ts"],
  testTimeout: 120000,
};
