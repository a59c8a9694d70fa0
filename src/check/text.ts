/** Shorten a text for a finding message, at a word boundary. */
export function shorten(text: string, max = 60): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function normaliseForCompare(text: string | null): string {
  return (text ?? "")
    .toLowerCase()
    .replace(/[\s.,;:!?"'()]+/g, " ")
    .trim();
}
