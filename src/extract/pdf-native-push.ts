// pdf.js's legacy build installs core-js's Array.prototype.push polyfill for the whole process
// (for a corner case of arrays with read-only length that nothing here meets); it is several
// times slower than the engine's own and dominates table reconstruction. This module, imported
// before pdf.js, keeps the engine's push so that pdf.ts can put it back.
import vm from "node:vm";

const own = Array.prototype.push;
// core-js makes Function.prototype.toString call its polyfills native; a fresh realm's does not.
const realToString = vm.runInNewContext(
  "Function.prototype.toString",
) as typeof Function.prototype.toString;
const isNative = (f: unknown) =>
  typeof f === "function" && realToString.call(f).includes("[native code]");

/** The engine's push: this realm's if pdf.js was not loaded yet, else a fresh realm's. */
const nativePush: typeof Array.prototype.push = isNative(own)
  ? own
  : (vm.runInNewContext("Array.prototype.push") as typeof Array.prototype.push);

export function restoreNativePush(): void {
  if (!isNative(Array.prototype.push)) {
    Object.defineProperty(Array.prototype, "push", {
      value: nativePush,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}
