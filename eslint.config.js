/** ESLint: the Office add-in rules (load before read, no sync in loops, ...) over all sources. */
const officeAddins = require("eslint-plugin-office-addins");
const tsParser = require("@typescript-eslint/parser");
const globals = require("globals");

module.exports = [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        Buffer: "readonly",
        document: "readonly",
        window: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        performance: "readonly",
        TextEncoder: "readonly",
      },
    },
    settings: { react: { version: "18.3" } },
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      // TypeScript checks names itself (and knows the Office, DOM and jest types).
      "no-undef": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    // The Office.js rules read every `x.y` as a proxy-object read: they apply
    // to code that talks to Office.js, not to the pure core or exceljs.
    files: ["src/core/**", "src/xlsx/**", "src/cli/**", "test/**", "bench/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
];
