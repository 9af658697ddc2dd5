// Linted as lib/overview/boundary-fixture.ts: server code in lib/ may use lib/cloud, never components/ or app/.
import { Providers } from "../../app/providers";
import { StatusBadge } from "@/components/ui/status-badge";
// Allowed: lib/overview is server code.
import { callOperation } from "@/lib/cloud/call-operation";

export const used = [Providers, StatusBadge, callOperation];
