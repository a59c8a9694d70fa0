// What a measure's status cell says, for the checks: records keep the status as written
// ("Avslutad", "Delvis genomförd", "Pågår enligt plan"); this vocabulary tells which state it is.
import { collapseWhitespace, removeSoftHyphens } from "./text.js";

export type StatusState =
  /** Avslutad, Klar, Genomförd, Slutförd. */
  | "done"
  /** Delvis genomförd, Delvis klar: begun, part of it finished. */
  | "partly-done"
  /** Pågående, Pågår, Påbörjad, Startad. */
  | "ongoing"
  /** Ej påbörjad, Ej startad, Inte påbörjad, Planerad. */
  | "not-started"
  /** Försenad, Fördröjd, Senarelagd. */
  | "delayed"
  /** Stryks, Struken, Avbruten, Utgår. */
  | "cancelled";

/**
 * Status wordings per state, checked in this order: a negated or qualified wording first
 * ("Ej påbörjad" before "påbörjad", "Delvis genomförd" before "genomförd"), and a word that
 * says a measure is late before the word that says it runs ("Försenad, pågår").
 */
export const STATUS_VOCABULARY: readonly { state: StatusState; pattern: RegExp }[] = [
  {
    state: "cancelled",
    pattern:
      /(?<!\p{L})(?:stryks|struken|strukna|struket|avbruten|avbrutet|avbryts|utgår|utgått|avskriven|avskrivs|makulerad|ersatt av|ej aktuell|inte aktuell)(?!\p{L})/iu,
  },
  {
    state: "not-started",
    pattern:
      /(?<!\p{L})(?:(?:ej|inte|icke|ännu ej|ej ännu|inte ännu)\s+(?:påbörjad|påbörjat|påbörjade|startad|startat|startade|igångsatt|genomförd|genomfört|utförd|klar|inledd)|planerad|planerat|kommer att påbörjas|ska påbörjas|ej start)(?!\p{L})/iu,
  },
  {
    state: "delayed",
    pattern:
      /(?<!\p{L})(?:försenad|försenat|försenade|fördröjd|fördröjt|senarelagd|senarelagt|skjuten|skjuts fram|framflyttad|uppskjuten|uppskjutet|ligger efter)(?!\p{L})/iu,
  },
  {
    state: "partly-done",
    pattern:
      /(?<!\p{L})(?:delvis\s+(?:genomförd|genomfört|klar|klart|avslutad|avslutat|utförd|utfört|uppnådd|uppnått)|delvis)(?!\p{L})/iu,
  },
  {
    state: "ongoing",
    pattern:
      /(?<!\p{L})(?:pågående|pågår|påbörjad|påbörjat|påbörjade|startad|startat|igång|i gång|under arbete|under genomförande|pågående arbete|inledd|inlett|fortlöpande|löpande|kontinuerlig|kontinuerligt|kvarstår|pågår fortfarande)(?!\p{L})/iu,
  },
  {
    state: "done",
    pattern:
      /(?<!\p{L})(?:avslutad|avslutat|avslutade|klar|klart|klara|genomförd|genomfört|genomförda|slutförd|slutfört|färdig|färdigt|utförd|utfört|uppnådd|uppnått|implementerad|implementerat|infört|införd|åtgärdad|åtgärdat|avklarad|avklarat|avklarade|verkställd|verkställt|ja|✓|✔)(?!\p{L})/iu,
  },
];

/** The state a status cell names, or null for an empty or unrecognised cell. */
export function statusState(text: string | null): StatusState | null {
  if (text === null) return null;
  const t = collapseWhitespace(removeSoftHyphens(text));
  if (t === "") return null;
  for (const { state, pattern } of STATUS_VOCABULARY) if (pattern.test(t)) return state;
  return null;
}

/** True for states in which the work is over (done or dropped); a later end date is odd. */
export function isClosedState(state: StatusState | null): boolean {
  return state === "done" || state === "cancelled";
}

/** True for states in which work remains; an end date long past is odd. */
export function isOpenState(state: StatusState | null): boolean {
  return (
    state === "ongoing" || state === "not-started" || state === "delayed" || state === "partly-done"
  );
}
