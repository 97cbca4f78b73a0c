// The tests StrykerJS runs against each mutant: the in-process unit tests of the figures
// (money, calendar, format, compute, the figures report, validation, the values of the
// délibérations and rapports). Tests that spawn the CLI
// or LibreOffice run the original code in a child process: they cannot kill a mutant and
// would only make each run slower.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/money/**/*.test.ts",
      "test/calendar/**/*.test.ts",
      "test/format/**/*.test.ts",
      "test/compute/**/*.test.ts",
      "test/dispositifs/**/*.test.ts",
      "test/report/**/*.test.ts",
      "test/model/**/*.test.ts",
      "test/dossier/context.test.ts",
    ],
    exclude: ["test/format/timezone.test.ts"],
    testTimeout: 60_000,
  },
});
