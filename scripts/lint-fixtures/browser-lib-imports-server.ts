// Linted as lib/queries/boundary-fixture.ts: browser code in lib/ that reaches for server code and for the UI.
import { callOperation } from "../cloud/call-operation";
import { serveOperation } from "@/lib/server/operation-endpoint";
import { Button } from "@/components/ui/button";
// Allowed: types only.
import type { BackendMode } from "@/lib/cloud/backend-mode";

export const used = [callOperation, serveOperation, Button];
export type Used = BackendMode;
