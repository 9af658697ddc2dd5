import { collectOverview } from "@/lib/overview/collect-overview";

/** Read-only summary for the overview page; same-origin use only, so it carries no credentials or endpoints. */
export async function GET() {
  return Response.json(await collectOverview(), { headers: { "cache-control": "no-store" } });
}
