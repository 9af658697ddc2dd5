import { getT } from "@/lib/i18n/server";
import { NavLink } from "./nav-link";
import { CLOUD_LABEL_KEYS, NAV_ITEMS } from "./nav-items";

/** The side navigation from `md` up; narrower screens open the same links from the header (MobileNav). */
export async function SideNav() {
  const t = await getT();
  return (
    <nav aria-label={t("shell.nav.label")} className="hidden md:block md:w-60 md:shrink-0">
      <ul className="flex flex-col gap-1">
        {NAV_ITEMS.map((item) => (
          <li key={item.href}>
            <NavLink href={item.href}>
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
    </nav>
  );
}
