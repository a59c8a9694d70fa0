// Folder scan: which files in the drop folder are candidate documents, in a stable order.
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** Extensions we try to read; anything else in the folder is ignored. */
export const DOCUMENT_EXTENSIONS = [".pdf", ".docx"] as const;

/** Office lock files (~$x.docx), editor temp files and hidden files are never documents. */
export function isIgnoredName(name: string): boolean {
  return (
    name.startsWith(".") ||
    name.startsWith("~$") ||
    name.endsWith(".tmp") ||
    name.endsWith("~") ||
    name.endsWith(".crdownload") ||
    name.endsWith(".part")
  );
}

export function hasDocumentExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Paths relative to root, forward slashes, sorted by code point so runs are reproducible. */
export async function scanFolder(root: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && hasDocumentExtension(entry.name))
        found.push(relative(root, full).split(sep).join("/"));
    }
  }
  await walk(root);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
