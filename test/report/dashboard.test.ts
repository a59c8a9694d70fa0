import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { RecordsFile } from "../../src/model/records.js";
import { buildDashboard } from "../../src/report/dashboard.js";
import { sampleRecords, sampleRunLog } from "./sample-records.js";

const CHROMIUM = process.env.PLANPIPE_CHROMIUM ?? "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  console.warn(
    `dashboard: no Chromium at ${CHROMIUM}; skipping the headless browser test. ` +
      "Install it with: apt-get install chromium (or set PLANPIPE_CHROMIUM)",
  );
}
/** Where the browser test leaves its screenshot, for a person to look at. */
const SCREENSHOT_DIR =
  process.env.PLANPIPE_SCREENSHOT_DIR ?? path.join(tmpdir(), "planpipe-report");

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe("buildDashboard", () => {
  const html = buildDashboard(sampleRecords(), sampleRunLog(), { locale: "sv" });

  it("is one self-contained page: no script, no network, no external file", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="sv">');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(?:src|href)\s*=/i);
    expect(html).not.toMatch(/url\(\s*['"]?(?:https?:|\/\/)/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).toContain("default-src 'none'");
  });

  it("draws the four charts as inline SVG, with Swedish text", () => {
    expect(count(html, /<svg\b/g)).toBe(4);
    for (const id of ["findings", "activities", "risks", "followup"]) {
      expect(html).toMatch(new RegExp(`<section class="panel" id="${id}">[\\s\\S]*?<svg`));
    }
    expect(html).toContain("Kontroller per dokument och regel");
    expect(html).toContain("Aktiviteter per kvartal och målgrupp");
    expect(html).toContain("Risknivåer per serie och år");
    expect(html).toContain("Uppföljning år N → år N+1");
    // Chart text: the documents on the findings axis, the quarters on the activities axis.
    expect(html).toMatch(/<text[^>]*>Arbetsmiljörapport 2024<\/text>/);
    expect(html).toMatch(/<text[^>]*>2024 K3<\/text>/);
    // Legends in HTML beside the charts.
    expect(html).toContain("stat-difference</li>");
    expect(html).toContain("Mycket hög</li>");
    expect(html).toContain("Följd upp</li>");
  });

  it("counts a Word original and its PDF once, and shows key numbers beside the charts", () => {
    // Three documents (four files), three activities (the PDF's copy not counted).
    expect(html).toMatch(/<div class="value">3<\/div><div class="label">Dokument<\/div>/);
    expect(html).toMatch(/<div class="value">3<\/div><div class="label">Aktiviteter<\/div>/);
    expect(html).toMatch(/<div class="value">1 \/ 3<\/div>/);
    expect(html).toContain("<th>Dokument</th>");
    expect(html).toContain("<th>Kvartal</th>");
    expect(html).toContain("Riskmatris");
    expect(count(html, /<table/g)).toBeGreaterThanOrEqual(5);
  });

  it("escapes document text", () => {
    const records = sampleRecords();
    records.documents[1]!.title = '<script>alert("x")</script> & <b>';
    records.activities[0]!.targetGroups = ["<img src=x>"];
    const page = buildDashboard(records, sampleRunLog(), { locale: "sv" });
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<img");
    expect(page).toContain("&lt;script&gt;");
  });

  it("says so when there is nothing to draw", () => {
    const records: RecordsFile = {
      ...sampleRecords(),
      documents: [],
      activities: [],
      risks: [],
      statistics: [],
      findings: [],
      followUp: [],
    };
    const page = buildDashboard(records, sampleRunLog(), { locale: "sv" });
    expect(count(page, /<svg\b/g)).toBe(0);
    expect(page).toContain("Kontrollerna hittade inget att anmärka på.");
    expect(page).toContain("Inga daterade aktiviteter i den här körningen.");
    expect(page).toContain("Ingen uppföljning mellan år i den här körningen.");
  });

  it("speaks English when asked", () => {
    const page = buildDashboard(sampleRecords(), sampleRunLog(), { locale: "en" });
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("Findings per document and rule");
    expect(page).toMatch(/<text[^>]*>2024 Q3<\/text>/);
    expect(page).toContain("Very high</li>");
  });

  it("is the same page for the same records", () => {
    expect(buildDashboard(sampleRecords(), sampleRunLog(), { locale: "sv" })).toBe(html);
  });
});

describe.skipIf(!HAS_CHROMIUM)("the dashboard in headless Chromium", () => {
  it("renders the charts offline and leaves a screenshot", { timeout: 120_000 }, async () => {
    const { chromium } = await import("playwright-core");
    const dir = await mkdtemp(path.join(tmpdir(), "planpipe-dashboard-"));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const file = path.join(dir, "oversikt.html");
      await writeFile(file, buildDashboard(sampleRecords(), sampleRunLog(), { locale: "sv" }));
      const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
      // Anything but the file itself would be a network or file dependency.
      const requests: string[] = [];
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url === pathToFileURL(file).href) return route.continue();
        requests.push(url);
        return route.abort();
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      expect(requests).toEqual([]);

      const charts = await page.$$eval("figure svg", (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          return {
            width: box.width,
            height: box.height,
            shapes: svg.querySelectorAll("path, rect").length,
            text: Array.from(
              svg.querySelectorAll("text"),
              (t) => (t as { textContent: string | null }).textContent ?? "",
            ),
          };
        }),
      );
      expect(charts).toHaveLength(4);
      for (const chart of charts) {
        expect(chart.width).toBeGreaterThan(200);
        expect(chart.height).toBeGreaterThan(80);
        expect(chart.shapes).toBeGreaterThan(3);
        expect(chart.text.length).toBeGreaterThan(2);
      }
      expect(charts[0]!.text).toContain("Arbetsmiljörapport 2024");
      expect(charts[1]!.text).toContain("2024 K1");
      expect(await page.textContent("h1")).toBe("Översikt: planer och rapporter");

      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const shot = path.join(SCREENSHOT_DIR, "dashboard.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect((await stat(shot)).size).toBeGreaterThan(10_000);
      console.info(`dashboard screenshot: ${shot}`);
    } finally {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
