import { randomBytes, randomUUID } from "node:crypto";

/** Alibaba RequestIds are upper-case UUIDs, e.g. `9C5D5D70-0AFF-5E5C-8D8A-E92C90C8FB08`. */
export function aliyunRequestId(): string {
  return randomUUID().toUpperCase();
}

/** Volcengine RequestIds start with the UTC time `yyyyMMddHHmmss`, then upper-case hex (32 chars). */
export function volcRequestId(nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return stamp + randomBytes(9).toString("hex").toUpperCase();
}
