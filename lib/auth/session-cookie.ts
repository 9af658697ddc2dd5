import "server-only";
import { cookies } from "next/headers";
import type { SessionCookie } from "./session-reader";

/**
 * Re-sets a refreshed session cookie on the route handler's answer (Next adds what `cookies().set` wrote to the
 * response the handler returns, whatever it is). Outside a request — a test calling a handler directly, a CLI —
 * there is no answer to add it to: false. Pages cannot set cookies; they ask the browser to (session-keep-alive).
 */
export async function setSessionCookie(cookie: SessionCookie): Promise<boolean> {
  let jar: Awaited<ReturnType<typeof cookies>>;
  try {
    jar = await cookies();
  } catch {
    return false;
  }
  jar.set(cookie.name, cookie.value, cookie.options);
  return true;
}
