/** Jest runs the TypeScript sources through ts-jest; type checking happens once in `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          isolatedModules: true,
          jsx: "react-jsx",
          module: "commonjs",
          moduleResolution: "node",
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
  testTimeout: 60000,
  setupFilesAfterEnv: ["<rootDir>/tests/support/testing-library-setup.ts"],
  reporters: ["default", "<rootDir>/tests/support/summary-reporter.js"],
};
