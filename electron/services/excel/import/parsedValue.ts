/** A cell read as a value of type T, or why not (Japanese, for the problem list). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function parsedOk<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function parsedError<T>(message: string): Parsed<T> {
  return { ok: false, message };
}
