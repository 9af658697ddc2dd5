import { aliyunCommonErrors, volcengineCommonErrors } from "./common-errors";
import type { ErrorDoc, OperationMeta } from "./types";

/** The catalog's documentation of a vendor code for this operation, falling back to the cloud's gateway codes. */
export function explainError(op: OperationMeta, code: string): ErrorDoc | undefined {
  const common = op.cloud === "aliyun" ? aliyunCommonErrors : volcengineCommonErrors;
  return op.errors[code] ?? common[code];
}
