import type { ReactNode } from "react";
import type { SignedInPerson } from "@/components/auth/actor-context";
import type { BackendMode } from "@/lib/cloud/backend-mode";
import { getT } from "@/lib/i18n/server";
import { ConsoleHeader } from "./console-header";
import { SideNav } from "./side-nav";
import type { Theme } from "./theme";

/**
 * The frame around every page: skip link, header, side navigation and the main landmark. Below `md` the side
 * navigation is hidden behind the header's menu button, so a phone's first screen is the page itself. `min-w-0`
 * on main lets its content shrink to the viewport: wide tables scroll inside their own box, never the page.
 */
export async function ConsoleShell({
  mode,
  theme,
  actor,
  children,
}: {
  mode: BackendMode;
  theme: Theme;
  actor: SignedInPerson;
  children: ReactNode;
}) {
  const t = await getT();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-neutral-900"
      >
        {t("shell.skipToContent")}
      </a>
      <ConsoleHeader mode={mode} theme={theme} actor={actor} />
      <div className="flex gap-6 px-4 py-6">
        <SideNav />
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {children}
        </main>
      </div>
    </>
  );
}
