// The CLI from source, for tests that spawn it as its own process (kill -9, non-TTY output):
//   node --import tsx test/pipeline/helpers/run-cli.ts run <in> --out <out>
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { main } from "../../../src/pipeline/cli.js";

export const RUN_CLI = import.meta.filename;

/** Arguments for `spawn(process.execPath, …)` that run the CLI from the TypeScript source. */
export function cliArgs(...args: string[]): string[] {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return ["--import", tsx, RUN_CLI, ...args];
}

if (process.argv[1] === import.meta.filename) {
  process.exitCode = await main(["node", "planpipe", ...process.argv.slice(2)]);
}
