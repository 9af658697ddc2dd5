"use client";

import { useT } from "@/lib/i18n/i18n-provider";
import { CLOUD_LABEL_KEYS, NAV_ITEMS } from "./nav-items";
import { NavLink } from "./nav-link";

/** The navigation's links, for the phone menu (the side navigation renders the same items on the server). */
export function NavList({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  return (
    <ul className="flex flex-col gap-1">
      {NAV_ITEMS.map((item) => (
        <li key={item.href}>
          <NavLink href={item.href} onNavigate={onNavigate}>
            <span>{t(item.labelKey)}</span>
            {item.cloud && (
              <span className="text-xs font-normal text-neutral-600 dark:text-neutral-400">
                {t(CLOUD_LABEL_KEYS[item.cloud])}
              </span>
            )}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
