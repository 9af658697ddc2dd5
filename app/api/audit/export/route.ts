import { refusal, translator } from "@/lib/auth/entrance";
import { guard } from "@/lib/auth/guard";
import { auditActor } from "@/lib/audit/actors";
import { auditPage } from "@/lib/audit/audit-query";
import { parseAuditFilters } from "@/lib/audit/audit-request";
import { auditWriter } from "@/lib/audit/audit-writer";
import { csvHeader, csvLine, jsonLine } from "@/lib/audit/export-format";

const PAGE = 1_000;

/**
 * GET /api/audit/export?format=csv|jsonl&<the /api/audit filters> — administrators only. Streams the filtered
 * view newest first, a page of 1,000 at a time as the client reads (a million events never sit in memory). The
 * export itself is recorded (who took which slice of the trail).
 */
export async function GET(request: Request) {
  const checked = await guard(request, "admin");
  if (!checked.ok) return checked.response;
  const t = translator(checked.locale);
  const parsed = parseAuditFilters(new URL(request.url), checked.locale);
  if (!parsed.ok) return parsed.response;
  // Paging is the stream's own business: a limit or cursor given here is ignored.
  const { format, ...filters } = parsed.filters;
  if (!format)
    return refusal(400, "request", "InvalidInput", t("audit.filter.invalid"), {
      fields: [{ path: "format", message: t("audit.filter.format") }],
    });
  const { database } = checked.runtime;
  await auditWriter(database).append([
    {
      actor: auditActor(checked.actor),
      action: "audit.export",
      phase: "event",
      outcome: "ok",
      detail: { format, filters: new URL(request.url).searchParams.toString() },
    },
  ]);
  const encoder = new TextEncoder();
  let cursor: { at: number; seq: number } | undefined;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = "";
      if (!started && format === "csv") chunk += csvHeader();
      started = true;
      const { rows, nextCursor } = await auditPage(database.db, { ...filters, cursor, limit: PAGE }, PAGE);
      for (const row of rows) chunk += format === "csv" ? csvLine(row) : jsonLine(row);
      if (chunk) controller.enqueue(encoder.encode(chunk));
      const last = rows.at(-1);
      if (!nextCursor || !last) controller.close();
      else cursor = { at: last.at, seq: last.seq };
    },
  });
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "");
  return new Response(stream, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${stamp}.${format}"`,
      "cache-control": "no-store",
    },
  });
}
