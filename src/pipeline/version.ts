import { createRequire } from "node:module";

// Read from package.json so the cache key and the run log follow the released version.
const pkg = createRequire(import.meta.url)("../../package.json") as { version: string };
export const PLANPIPE_VERSION: string = pkg.version;
