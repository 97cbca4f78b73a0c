#!/usr/bin/env node
// Entry point for `npx actes`. Runs the plain JavaScript build in dist/ (made by `npm ci`
// through `prepare`, or by `npm run build`): no TypeScript compiled at start-up. When a source
// file is newer than the build (edited since), runs the sources through tsx instead, so that
// an edit is never silently ignored; listing src/ costs about a millisecond.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = join(root, "dist", "cli.mjs");

function buildIsCurrent() {
  let builtAt;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    return false; // not built
  }
  const sources = [
    join(root, "scripts", "build.mjs"),
    ...readdirSync(join(root, "src"), { recursive: true }).map((f) => join(root, "src", f)),
  ];
  return sources.every((file) => statSync(file).mtimeMs <= builtAt);
}

let main;
if (buildIsCurrent()) ({ main } = await import(built));
else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli.ts"));
}
process.exitCode = await main(process.argv.slice(2));
