import type { Metadata } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { resolveTheme, THEME_CLASS, THEME_COOKIE } from "@/components/shell/theme";
import { DICTIONARIES } from "@/lib/i18n/catalog";
import { getLocale, getT } from "@/lib/i18n/server";
import { Providers } from "./providers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  const productName = t("common.productName");
  return {
    title: { default: productName, template: `%s · ${productName}` },
    icons: { icon: "/favicon.svg" },
  };
}

/** The document for every page, signed in or not: language, theme, query client and messages. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const theme = resolveTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang={locale} className={THEME_CLASS[theme]}>
      <body className="min-h-screen bg-white text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
        <Providers locale={locale} dictionary={DICTIONARIES[locale]}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
