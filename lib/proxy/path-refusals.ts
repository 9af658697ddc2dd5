import type { ProxyErrorBody } from "./proxy-error";

/**
 * Answers for paths under /api/ that no route serves (issue #13): JSON like every other API answer, never Next's
 * HTML 404 page or its text/plain 500. Nothing was sent anywhere, so the outcome is `refused`.
 */
function refusal(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): () => Response {
  const body: ProxyErrorBody = { error: { source: "request", code, message, outcome: "refused" } };
  return () => Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

/** Any method on a path under /api/ that no route serves. */
export const notFound = refusal(404, "NotFound", "There is no API at this path.");

/** A path whose percent-escapes do not decode to UTF-8 text (next.config.js sends it here before Next decodes). */
export const malformedPath = refusal(
  400,
  "MalformedPath",
  "The path has a percent-escape that does not decode to UTF-8 text.",
);

/** The methods a route does not serve: a JSON 405 naming the ones it does (Next's own 405 has no body). */
export function methodNotAllowed(allow: "GET" | "POST"): () => Response {
  return refusal(405, "MethodNotAllowed", `Use ${allow}.`, { allow });
}
