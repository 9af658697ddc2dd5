"use client";

import { Command, useCommandState } from "cmdk";
import { usePathname, useRouter } from "next/navigation";
import { Dialog } from "radix-ui";
import { useRef } from "react";
import { applyTheme } from "@/components/shell/apply-theme";
import { ModalShell, type ModalProps } from "@/components/ui/modal-shell";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { writePreferenceCookie } from "@/components/shell/preference-cookie";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";
import { FOCUS_EVENT, FOCUS_TARGETS } from "./focus-target";
import { ResourceMatches } from "./resource-matches";

const itemClass =
  "flex cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-sm data-[selected=true]:bg-sky-50 data-[selected=true]:text-sky-950 dark:data-[selected=true]:bg-sky-950 dark:data-[selected=true]:text-sky-50";
const groupClass =
  "[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-neutral-600 dark:[&_[cmdk-group-heading]]:text-neutral-400";

/** How many matches the list holds, said by screen readers as it changes (the list itself is not a live region). */
function ResultCount() {
  const t = useT();
  const count = useCommandState((state) => state.filtered.count);
  return (
    <p aria-live="polite" className="sr-only">
      {t("views.palette.count", { count })}
    </p>
  );
}

/**
 * The command palette: go to a page, open a resource (matched by id or name) from the lists the tab has read and the
 * regions' lists it reads on opening, or run an action. A Radix dialog (focus trapped, Escape closes, focus returns) around cmdk's combobox, so the arrow keys
 * move through the matches and Enter runs one, and screen readers follow the active option.
 */
export function CommandPalette({ open, onOpenChange, returnFocusTo }: ModalProps) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  // Dark by choice, or by the OS before the operator chose (theme-system follows prefers-color-scheme).
  const root = typeof document === "undefined" ? undefined : document.documentElement.classList;
  const isDark =
    !!root &&
    (root.contains("dark") ||
      (root.contains("theme-system") && window.matchMedia("(prefers-color-scheme: dark)").matches));

  // Set by an item that leads elsewhere (another page, a form): the focus goes there, not back where it was.
  const movesOn = useRef(false);
  function run(action: () => void, leads = true) {
    movesOn.current = leads;
    onOpenChange(false);
    action();
  }

  function openCreateSession() {
    if (pathname === "/mirror-sessions") {
      window.history.replaceState(window.history.state, "", `#${FOCUS_TARGETS.createSession}`);
      window.dispatchEvent(new CustomEvent(FOCUS_EVENT, { detail: FOCUS_TARGETS.createSession }));
    } else router.push(`/mirror-sessions#${FOCUS_TARGETS.createSession}`);
  }

  return (
    <ModalShell
      open={open}
      onOpenChange={onOpenChange}
      onClosed={() => {
        if (!movesOn.current) returnFocusTo()?.focus();
        movesOn.current = false;
      }}
      className="fixed top-[12vh] left-1/2 z-50 w-[min(40rem,calc(100vw-2rem))] -translate-x-1/2 overflow-hidden rounded-lg border border-neutral-300 bg-white text-neutral-900 shadow-2xl dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <Dialog.Title className="sr-only">{t("views.palette.label")}</Dialog.Title>
      <Command label={t("views.palette.label")} loop>
        <Command.Input
          placeholder={t("views.palette.placeholder")}
          className="w-full border-b border-neutral-200 bg-transparent px-4 py-3 text-sm outline-none dark:border-neutral-700"
        />
        <ResultCount />
        <Command.List className="max-h-[60vh] overflow-y-auto p-2">
          <Command.Empty className="px-3 py-6 text-center text-sm">{t("views.palette.empty")}</Command.Empty>
          <Command.Group heading={t("views.palette.actions")} className={groupClass}>
            <Command.Item className={itemClass} onSelect={() => run(openCreateSession)}>
              {t("views.palette.createSession")}
            </Command.Item>
            {LOCALES.filter((other) => other !== locale).map((other) => (
              <Command.Item
                key={other}
                value={`switch-language-${other}`}
                keywords={[
                  t("views.palette.switchLanguage", { language: t(`shell.language.${other}`) }),
                  other,
                ]}
                className={itemClass}
                onSelect={() =>
                  run(() => {
                    writePreferenceCookie(LOCALE_COOKIE, other);
                    router.refresh();
                  })
                }
              >
                <span lang={locale}>
                  {t("views.palette.switchLanguage", { language: "" })}
                  <span lang={other}>{t(`shell.language.${other}`)}</span>
                </span>
              </Command.Item>
            ))}
            <Command.Item
              className={itemClass}
              onSelect={() => run(() => applyTheme(isDark ? "light" : "dark"), false)}
            >
              {isDark ? t("views.palette.lightTheme") : t("views.palette.darkTheme")}
            </Command.Item>
          </Command.Group>
          <Command.Group heading={t("views.palette.pages")} className={groupClass}>
            {NAV_ITEMS.map((item) => (
              <Command.Item
                key={item.href}
                value={`page ${item.href} ${t(item.labelKey)}`}
                className={itemClass}
                onSelect={() => run(() => router.push(item.href))}
              >
                {t(item.labelKey)}
              </Command.Item>
            ))}
          </Command.Group>
          <ResourceMatches
            groupClass={groupClass}
            itemClass={itemClass}
            onOpen={(href) => run(() => router.push(href))}
          />
        </Command.List>
      </Command>
    </ModalShell>
  );
}
