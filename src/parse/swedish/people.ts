// Who is responsible and for whom: initials in the Ansvarig cell, groups in the Målgrupp cell.
import { collapseWhitespace, removeSoftHyphens } from "./text.js";

/** Initials: 2–4 capital letters, Swedish ones included. */
const INITIALS = /^[A-ZÅÄÖÆØÜÉ]{2,4}$/u;
/** What separates initials inside the parentheses: "(CW, MW)", "(CW/MW)", "(CW och MW)". */
const INITIALS_SEPARATORS = /[\s,;/&+]+/u;
const PARENTHESISED = /\(([^()]*)\)/gu;

/**
 * Initials listed inside parentheses: "Kommunikatörer (CW, MW)" → ["CW", "MW"]. Capitals
 * outside parentheses are names of units ("Stadsledningskontoret, SLK"), not people.
 */
export function responsibleInitials(text: string): string[] {
  const found: string[] = [];
  for (const m of removeSoftHyphens(text).matchAll(PARENTHESISED)) {
    const inside = m[1] ?? "";
    for (const token of inside.split(INITIALS_SEPARATORS)) {
      // "C.W." is written initials too.
      const initials = token.replace(/\./g, "");
      if (INITIALS.test(initials) && !found.includes(initials)) found.push(initials);
    }
  }
  return found;
}

/** List bullets a paragraph may start with; they are layout, not part of the group's name. */
const LEADING_BULLET = /^[•·▪◦‣∙●○■□➢►-]\s+/u;
/** Group separators; "och" is never one ("Chefer och medarbetare" is one group). */
const GROUP_SEPARATORS = new Set([",", ";"]);

/** Split at separators that are not inside parentheses: "Chefer (enhets-, avdelnings-)". */
function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth += 1;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && GROUP_SEPARATORS.has(ch)) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/**
 * Target groups from the paragraphs (hard lines) of a Målgrupp cell: one group per paragraph,
 * each also split at "," and ";". Text stays as written, a final full stop included.
 */
export function splitTargetGroups(paragraphs: string[]): string[] {
  return paragraphs.flatMap((p) => {
    const line = collapseWhitespace(removeSoftHyphens(p)).replace(LEADING_BULLET, "");
    return splitOutsideParentheses(line)
      .map((part) => collapseWhitespace(part))
      .filter((part) => part !== "");
  });
}
