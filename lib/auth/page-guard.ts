import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { actorOf, type Actor } from "./guard";
import { getRuntime } from "./runtime";

/** Only a path on this console may be returned to after signing in (no open redirect). */
export function safeNext(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

/**
 * The signed-in person for a console page, or a redirect to /sign-in that keeps the page to return to. The
 * database being down throws, and Next shows the error page (a retry, not a sign-in form).
 */
export async function requirePageActor(): Promise<Actor> {
  const requestHeaders = await headers();
  const actor = await actorOf(await getRuntime(), new Headers(requestHeaders));
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(safeNext(requestHeaders.get("x-console-path")))}`);
  return actor;
}
