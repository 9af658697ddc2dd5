import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { ActorProvider } from "@/components/auth/actor-context";
import { SessionKeepAlive } from "@/components/auth/session-keep-alive";
import { ConsoleShell } from "@/components/shell/console-shell";
import { ConsoleUrlProvider } from "@/components/tokens/console-url";
import { resolveTheme, THEME_COOKIE } from "@/components/shell/theme";
import { requirePageSession } from "@/lib/auth/page-guard";
import { authSettings } from "@/lib/auth/settings";
import { backendMode } from "@/lib/cloud/backend-mode";

/** Every console page: signed in (or sent to /sign-in and back), inside the shell, role known to the forms. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const { actor, refreshDue } = await requirePageSession();
  const theme = resolveTheme((await cookies()).get(THEME_COOKIE)?.value);
  // Read per request, so CLOUD_MODE is the server's, not the build's.
  const mode = backendMode(process.env);
  const person = { email: actor.email, role: actor.role };
  return (
    <ActorProvider actor={person}>
      {refreshDue ? <SessionKeepAlive /> : null}
      {/* Snippets name the configured public origin (CONSOLE_URL), never the Host this request used. */}
      <ConsoleUrlProvider url={authSettings().publicOrigin.origin}>
        <ConsoleShell mode={mode} theme={theme} actor={person}>
          {children}
        </ConsoleShell>
      </ConsoleUrlProvider>
    </ActorProvider>
  );
}
