import { VendorError } from "../core/vendor-error";

/** Runs `fn` and returns "<status> <code>" of the VendorError it threw; fails when nothing or something else is thrown. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof VendorError) return `${error.httpStatus} ${error.code}`;
    throw error;
  }
  throw new Error("expected a vendor error");
}
