// Runs drawn across a cell border are split at the word boundary nearest the border.
import { describe, expect, it } from "vitest";
import type { TextItem } from "../../../src/extract/layout.js";
import { splitAtEdges } from "../../../src/parse/tables/item-split.js";
import { textItem } from "../../helpers/text-item.js";

const run = (text: string, x: number, width: number): TextItem =>
  textItem(text, x, 136.4, { width, height: 12.3, baseline: 146.2, fontSize: 10.5, bold: true });

describe("splitAtEdges", () => {
  it("splits two header cells emitted as one run at the border between them", () => {
    // "Nr" in a narrow first column, "Aktivitet" in the next; the border at 48.1.
    const pieces = splitAtEdges(run("Nr Aktivitet", 30.6, 70.6), [48.1]);
    expect(pieces.map((p) => p.text)).toEqual(["Nr", "Aktivitet"]);
    expect(pieces[0]?.x).toBe(30.6);
    expect((pieces[1]?.x ?? 0) > 48.1).toBe(true);
  });

  it("leaves a run alone where no word boundary lies near the border", () => {
    const item = run("Kommunikationsinsats", 100, 110);
    expect(splitAtEdges(item, [150])).toEqual([item]);
    expect(splitAtEdges(run("Tidsplan Ansvarig", 286.3, 106.9), [])).toHaveLength(1);
  });
});
