import { refusal, translator } from "@/lib/auth/entrance";
import { guard } from "@/lib/auth/guard";
import { openResources } from "@/lib/audit/history/open-in-flight";
import { recentFailures } from "@/lib/audit/recent-failures";
import { collectOverview } from "@/lib/overview/collect-overview";
import { isOverviewKind, OVERVIEW_KINDS } from "@/lib/overview/overview-kinds";
import { methodNotAllowed } from "@/lib/proxy/path-refusals";

const HEADERS = { "cache-control": "no-store" } as const;

/**
 * Read-only summary for the overview page; it carries no credentials or endpoints. It reads the clouds with the
 * server's credentials, so it needs a signed-in viewer and refuses other sites (the guard). `?kinds=a,b` reads
 * only those kinds' lists (the page re-reads what the operation history says changed); the recent failures come
 * with every answer (one database read).
 */
export async function GET(request: Request) {
  const checked = await guard(request, "viewer");
  if (!checked.ok) return checked.response;
  const raw = new URL(request.url).searchParams.get("kinds");
  const kinds = raw === null ? undefined : raw.split(",");
  const unknown = kinds?.find((kind) => !isOverviewKind(kind));
  if (unknown !== undefined) {
    const t = translator(checked.locale);
    return refusal(400, "request", "InvalidInput", t("overview.error.kinds"), {
      fields: [
        {
          path: "kinds",
          message: t("overview.error.kind", { kind: unknown, known: OVERVIEW_KINDS.join(", ") }),
        },
      ],
    });
  }
  const { db } = checked.runtime.database;
  const overview = await collectOverview({
    failures: () => recentFailures(db),
    openOperations: () => openResources(db),
    kinds: kinds?.filter(isOverviewKind),
  });
  return Response.json(overview, { headers: HEADERS });
}

// Any other method answers a JSON 405 too: every path under /api/ answers JSON (Next's own 405 has no body).
const notGet = methodNotAllowed("GET");
export const POST = notGet;
export const PUT = notGet;
export const PATCH = notGet;
export const DELETE = notGet;
