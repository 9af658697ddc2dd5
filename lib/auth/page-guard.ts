import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { sessionActorOf, type Actor } from "./guard";
import { getRuntime } from "./runtime";

const HERE = "http://console.invalid";

/**
 * Only a path on this console may be returned to after signing in (no open redirect). Judged the way a browser
 * will read it: the URL parser drops tabs and newlines and reads `\` as `/`, so `/\t/evil.example` or `/\evil.example`
 * are other sites although they start with one slash. The path is returned as the parser normalised it.
 */
export function safeNext(value: string | null | undefined): string {
  if (!value || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return "/";
  }
  if (url.origin !== HERE) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The signed-in person for a console page, or a redirect to /sign-in that keeps the page to return to. The
 * database being down throws, and Next shows the error page (a retry, not a sign-in form).
 */
export async function requirePageActor(): Promise<Actor> {
  return (await requirePageSession()).actor;
}

/**
 * {@link requirePageActor}, and whether the session is due for its idle push-back: a page cannot set the cookie,
 * so the layout then renders SessionKeepAlive and the browser has better-auth refresh it.
 */
export async function requirePageSession(): Promise<{ actor: Actor; refreshDue: boolean }> {
  const requestHeaders = await headers();
  const found = await sessionActorOf(await getRuntime(), new Headers(requestHeaders));
  if (!found) redirect(`/sign-in?next=${encodeURIComponent(safeNext(requestHeaders.get("x-console-path")))}`);
  return { actor: found.actor, refreshDue: found.session.refreshDue };
}
