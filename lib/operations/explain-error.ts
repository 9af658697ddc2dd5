import { aliyunCommonErrors, volcengineCommonErrors } from "./common-errors";
import type { ErrorDoc, OperationDef } from "./types";

/** The catalog's documentation of a vendor code for this operation, falling back to the cloud's gateway codes. */
export function explainError(op: Pick<OperationDef, "cloud" | "errors">, code: string): ErrorDoc | undefined {
  const common = op.cloud === "aliyun" ? aliyunCommonErrors : volcengineCommonErrors;
  return op.errors[code] ?? common[code];
}
