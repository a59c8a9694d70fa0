import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { batchJitFlag } from "../../src/pipeline/jit.js";

describe("batchJitFlag", () => {
  it("raises the interrupt budget fourfold on V8 11 (Node 20)", () => {
    expect(batchJitFlag("11.3.244.8-node.38")).toBe("--interrupt-budget=270336");
  });

  it("leaves V8 12 and later (Node 22, 24) as they are", () => {
    expect(batchJitFlag("12.4.254.21-node.33")).toBeNull();
    expect(batchJitFlag("13.6.233.17-node.40")).toBeNull();
    expect(batchJitFlag("")).toBeNull();
  });

  it("is a flag this Node's V8 knows", () => {
    // V8 reports an unknown flag on stderr and goes on; a renamed flag would pass silently.
    const flag = batchJitFlag(process.versions.v8);
    const child = spawnSync(
      process.execPath,
      ["-e", `require("node:v8").setFlagsFromString(${JSON.stringify(flag ?? "")})`],
      { encoding: "utf8" },
    );
    expect(child.status).toBe(0);
    expect(child.stderr).toBe("");
  });
});
