// The same document dropped twice (the Word original beside its PDF): records stay per file,
// but later stages count such renditions once. Two files are renditions when type,
// organisation, year and title agree.
import type { DocumentRecord } from "../model/records.js";

function renditionKey(d: DocumentRecord): string | null {
  if (d.status === "failed" || d.title === null) return null;
  const title = d.title
    .toLowerCase()
    .replace(/[\s–—-]+/g, " ")
    .trim();
  return [d.type, d.organisation ?? "", d.year ?? "", title].join("|");
}

/** Marks every rendition but the first (docx before pdf, then by file name) with renditionOf. */
export function markRenditions(documents: DocumentRecord[]): DocumentRecord[] {
  const order = [...documents].sort(
    (a, b) => a.format.localeCompare(b.format) || a.file.localeCompare(b.file),
  );
  const canonical = new Map<string, string>();
  const renditionOf = new Map<string, string>();
  for (const d of order) {
    const key = renditionKey(d);
    if (key === null) continue;
    const first = canonical.get(key);
    if (first === undefined) canonical.set(key, d.id);
    else if (first !== d.id) renditionOf.set(d.id, first);
  }
  return documents.map((d) => ({ ...d, renditionOf: renditionOf.get(d.id) ?? null }));
}
