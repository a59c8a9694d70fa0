// Folder scan: which files in the drop folder are candidate documents, in a stable order.
// Which reader a file gets is decided later from its bytes (sniff.ts), so a PDF named .docx is
// still read as a PDF, and a .pdf that is neither becomes a failed document, not a skipped one.
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { FileStamp } from "./cache.js";

/** Extensions we try to read; anything else in the folder is ignored. */
export const DOCUMENT_EXTENSIONS = [".pdf", ".docx"] as const;

/** Office lock files (~$x.docx), editor temp files and hidden files are never documents. */
export function isIgnoredName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    name.startsWith(".") ||
    name.startsWith("~$") ||
    lower.endsWith(".tmp") ||
    lower.endsWith(".temp") ||
    name.endsWith("~") ||
    lower.endsWith(".crdownload") ||
    lower.endsWith(".part") ||
    lower.endsWith(".partial") ||
    lower === "thumbs.db" ||
    lower === "desktop.ini"
  );
}

export function hasDocumentExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface ScannedFile extends FileStamp {
  /** Relative to the scanned folder, forward slashes. */
  file: string;
}

export interface ScanOptions {
  /** Folders not to descend into (absolute), e.g. an output folder inside the input. */
  exclude?: string[];
}

/** Byte-wise order of the relative paths, so runs are reproducible on every platform. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every candidate document under root with its size, mtime and inode, sorted by path.
 * Symbolic links are not followed (no loops, nothing outside the folder); a file that
 * disappears while the scan runs is left out.
 */
export async function scanDocuments(
  root: string,
  options: ScanOptions = {},
): Promise<ScannedFile[]> {
  const exclude = new Set((options.exclude ?? []).map((p) => resolve(p)));
  const found: ScannedFile[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!exclude.has(resolve(full))) await walk(full);
      } else if (entry.isFile() && hasDocumentExtension(entry.name)) {
        const s = await stat(full).catch(() => null);
        if (s === null) continue;
        found.push({
          file: relative(root, full).split(sep).join("/"),
          size: s.size,
          mtimeMs: s.mtimeMs,
          ino: s.ino,
        });
      }
    }
  }
  await walk(root);
  return found.sort((a, b) => byCodePoint(a.file, b.file));
}

/** Paths relative to root, forward slashes, sorted by code point so runs are reproducible. */
export async function scanFolder(root: string, options: ScanOptions = {}): Promise<string[]> {
  return (await scanDocuments(root, options)).map((f) => f.file);
}
