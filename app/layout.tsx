import type { Metadata } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";
import { resolveTheme, THEME_COOKIE } from "@/components/shell/theme";
import { backendMode } from "@/lib/cloud/backend-mode";
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const theme = resolveTheme((await cookies()).get(THEME_COOKIE)?.value);
  // Read per request (the cookies above make every page dynamic), so CLOUD_MODE is the server's, not the build's.
  const mode = backendMode(process.env);
  return (
    <html lang={locale} className={theme === "dark" ? "dark" : undefined}>
      <body className="min-h-screen bg-white text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
        <Providers locale={locale} dictionary={DICTIONARIES[locale]}>
          <ConsoleShell mode={mode} theme={theme}>
            {children}
          </ConsoleShell>
        </Providers>
      </body>
    </html>
  );
}
