#!/usr/bin/env node
// Entry point for `npx actes`: registers tsx so the TypeScript sources run as they are,
// with no build step between `npm ci` and the first command.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
