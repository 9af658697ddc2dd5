import type { SignedInPerson } from "@/components/auth/actor-context";
import { UserMenu } from "@/components/auth/user-menu";
import { LazyNotificationCentre } from "@/components/notifications/lazy-notification-centre";
import type { BackendMode } from "@/lib/cloud/backend-mode";
import { getT } from "@/lib/i18n/server";
import { PaletteLauncher } from "@/components/palette/palette-launcher";
import { LanguageSwitch } from "./language-switch";
import { MobileNav } from "./mobile-nav";
import { ModeBadge } from "./mode-badge";
import type { Theme } from "./theme";
import { ThemeSwitch } from "./theme-switch";

export async function ConsoleHeader({
  mode,
  theme,
  actor,
}: {
  mode: BackendMode;
  theme: Theme;
  actor: SignedInPerson;
}) {
  const t = await getT();
  return (
    <header className="flex flex-wrap items-center gap-3 border-b border-neutral-200 px-4 py-3 dark:border-neutral-800">
      <MobileNav />
      <p className="text-base font-semibold">{t("common.productName")}</p>
      <ModeBadge mode={mode} />
      <PaletteLauncher />
      <div role="group" aria-label={t("shell.settings.label")} className="flex items-center gap-2">
        <LanguageSwitch />
        <ThemeSwitch initialTheme={theme} />
      </div>
      <LazyNotificationCentre />
      <UserMenu actor={actor} />
    </header>
  );
}
