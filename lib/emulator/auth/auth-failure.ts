import type { VendorError } from "../core/vendor-error";

/** The signature verdict recorded in the request log (never the signature itself). */
export type Verdict = "valid" | "missing" | "malformed" | "unknown-key" | "expired" | "mismatch" | "replayed";

/** A refused authentication: the vendor error to answer with and the verdict to log. */
export class AuthFailure extends Error {
  constructor(
    readonly verdict: Verdict,
    readonly error: VendorError,
  ) {
    super(error.message);
    this.name = "AuthFailure";
  }
}

/** Parses `yyyy-MM-ddTHH:mm:ssZ` (Alibaba; milliseconds tolerated) strictly; NaN when malformed. */
export function parseIsoSeconds(value: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value)) return NaN;
  return Date.parse(value);
}

/** Parses Volcengine `YYYYMMDDTHHMMSSZ`; NaN when malformed. */
export function parseXDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return NaN;
  return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}
