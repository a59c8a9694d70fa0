// The part of the PDF graphics state every walk over an operator list tracks the same way:
// save/restore, the current transformation matrix, and form XObjects, which run in their own
// saved state with their /Matrix appended to the CTM.
import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { compose, type Matrix, toMatrix } from "./pdf-geometry.js";

/**
 * Applies `fn` if it is one of the shared state operators and returns the state to go on
 * with; returns undefined for every other operator, which the caller handles itself.
 */
export function stepGraphicsState<S extends { ctm: Matrix }>(
  fn: number | undefined,
  args: unknown[] | null | undefined,
  state: S,
  stack: S[],
): S | undefined {
  switch (fn) {
    case OPS.save:
      stack.push(state);
      return { ...state };
    case OPS.paintFormXObjectBegin: {
      stack.push(state);
      const m = toMatrix(args?.[0]);
      return m ? { ...state, ctm: compose(state.ctm, m) } : { ...state };
    }
    case OPS.restore:
    case OPS.paintFormXObjectEnd:
      return stack.pop() ?? state;
    case OPS.transform: {
      const m = toMatrix(args);
      if (m) state.ctm = compose(state.ctm, m);
      return state;
    }
    default:
      return undefined;
  }
}
