"use client";

import { useEffect } from "react";
import { authCall } from "@/lib/auth/auth-fetch";

/**
 * Rendered by the console layout when the page's session is due for its idle push-back (sliding expiry). A page
 * cannot set cookies in Next, so the browser asks better-auth's own get-session endpoint once, which pushes the
 * deadline back and re-sets the cookie itself; API calls do the same through the guard (lib/auth/guard.ts).
 */
export function SessionKeepAlive() {
  useEffect(() => {
    authCall("/get-session").catch(() => {});
  }, []);
  return null;
}
