// Runs Node under a given time zone (TZ) in a child process: outputs must not depend on it.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** stdout of `node --import tsx ARGS` under TZ; fails the test on any stderr or exit code. */
export function runUnderTz(tz: string, args: readonly string[]): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

/** stdout of an ES module `script` (given as text) run under TZ. */
export function evalUnderTz(tz: string, script: string): string {
  return runUnderTz(tz, ["--input-type=module", "--eval", script]);
}
