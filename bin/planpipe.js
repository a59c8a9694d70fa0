#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (the prepare script).
import module from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Node 22.1 and later keep the compiled code of planpipe and its libraries between runs (in
// the system's temp folder), so that a run and its threads start sooner. Node 20 has no cache.
// The variable, not only the call, so that the worker threads use the cache too.
if (module.enableCompileCache) {
  process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), "node-compile-cache");
  module.enableCompileCache(process.env.NODE_COMPILE_CACHE);
}
// Before the pipeline's modules load: see jit.ts.
const { tuneJitForBatch } = await import("../dist/pipeline/jit.js");
tuneJitForBatch();
const { main } = await import("../dist/pipeline/cli.js");

// A reader that closes the pipe early (`planpipe tables x.pdf --json | head`) is not an
// error. A run goes on without its progress lines: its outputs are files, not stdout.
const longRunning = ["run", "watch"].includes(process.argv[2] ?? "");
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  if (!longRunning) process.exit(0);
});

process.exitCode = await main(process.argv);
