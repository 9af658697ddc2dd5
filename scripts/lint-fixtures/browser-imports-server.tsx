// Linted as components/shell/boundary-fixture.tsx: a component that reaches for server code.
import { alibabaCredentials } from "@/lib/cloud/credentials";
import { resolveEndpoint } from "../../lib/cloud/endpoints";
import { processWide } from "@/lib/server/process-wide";
import { proxyOperation } from "@/lib/proxy/proxy-operation";
import { createEmulator } from "@/lib/emulator/emulator";
// Allowed: a type of the wire contract, and browser-safe modules.
import type { ProxyErrorBody } from "@/lib/proxy/proxy-error";
import { cloudKeys } from "@/lib/queries/keys";

export const used = [
  alibabaCredentials,
  resolveEndpoint,
  processWide,
  proxyOperation,
  createEmulator,
  cloudKeys,
];
export type Used = ProxyErrorBody;
