// Why a file could not be turned into a layout. The pipeline maps any ExtractError to the
// `document-unreadable` finding; the code says which kind of unreadable it was.

export type ExtractErrorCode = "encrypted" | "corrupt" | "empty" | "unsupported" | "too-large";

export class ExtractError extends Error {
  override readonly name = "ExtractError";
  readonly code: ExtractErrorCode;

  constructor(code: ExtractErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isExtractError(value: unknown): value is ExtractError {
  return value instanceof ExtractError;
}
