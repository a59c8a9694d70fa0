#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (the prepare script).
import { main } from "../dist/pipeline/cli.js";

// A reader that closes the pipe early (`planpipe tables x.pdf --json | head`) is not an
// error. A run goes on without its progress lines: its outputs are files, not stdout.
const longRunning = ["run", "watch"].includes(process.argv[2] ?? "");
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  if (!longRunning) process.exit(0);
});

process.exitCode = await main(process.argv);
