// Tests that spawn the CLI or LibreOffice take seconds, not milliseconds.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // StrykerJS's sandbox copies of the tests live in .stryker-tmp while a mutation run goes on.
    exclude: ["**/node_modules/**", ".stryker-tmp*/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
