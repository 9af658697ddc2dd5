/**
 * One error the cloud answers with. Models throw these; the dispatcher renders them in the caller's
 * envelope (Alibaba flat `{Code, Message, …}` or Volcengine `ResponseMetadata.Error`).
 */
export class VendorError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: string,
    message: string,
    /** Volcengine gateway errors carry a numeric code too (docs/cloud-apis.md §5.4). */
    readonly codeN?: number,
  ) {
    super(message);
    this.name = "VendorError";
  }
}

/** Shorthand for product error tables: `const err = vendorErrors({ X: [400, "msg"] })` → `err.X()`. */
export function vendorErrors<K extends string>(
  table: Record<K, readonly [status: number, message: string]>,
): Record<K, (message?: string) => VendorError> {
  const out = {} as Record<K, (message?: string) => VendorError>;
  for (const code of Object.keys(table) as K[]) {
    const [status, message] = table[code];
    out[code] = (override?: string) => new VendorError(status, code, override ?? message);
  }
  return out;
}
