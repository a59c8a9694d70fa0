// checkAll can take per-document findings made earlier (the pipeline makes them while other
// files are still being read); they must stand in for checkDocument's exactly.
import { describe, expect, it } from "vitest";
import { checkAll, checkDocument } from "../../src/check/index.js";
import { doc, files, SICK_LEAVE_HEADER, table } from "./builders.js";

describe("checkAll with per-document findings made earlier", () => {
  const stats = table(SICK_LEAVE_HEADER, [["Män", "1,0", "0,3", "0,5"]]);
  const r = files({ document: doc(), statistics: stats });

  it("gives the same findings as working them out itself", () => {
    const early = new Map([[r.document.id, checkDocument(r, { lang: "sv" })]]);
    const fresh = checkAll([r], [r.document], { lang: "sv" });
    expect(fresh.findings).toHaveLength(1);
    expect(checkAll([r], [r.document], { lang: "sv" }, early)).toEqual(fresh);
  });

  it("uses what it is given for that document instead of checking it again", () => {
    const early = new Map([[r.document.id, []]]);
    expect(checkAll([r], [r.document], { lang: "sv" }, early).findings).toEqual([]);
  });
});
