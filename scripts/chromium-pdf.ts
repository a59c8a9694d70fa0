// Headless Chromium printing an HTML file to PDF, for the fixture scripts. The flags keep it
// off the network (this machine's is closed) and out of the user's profile.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function chromiumPdf(htmlFile: string, pdfFile: string): void {
  const profile = mkdtempSync(path.join(tmpdir(), "chromium-"));
  try {
    execFileSync(
      "chromium",
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        `--user-data-dir=${profile}`,
        `--print-to-pdf=${pdfFile}`,
        "--no-pdf-header-footer",
        htmlFile,
      ],
      { stdio: "ignore" },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
