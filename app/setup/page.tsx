import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { getRuntime } from "@/lib/auth/runtime";
import { hasAdmin, setupTokenState } from "@/lib/auth/setup-token";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.setup.title") };
}

/** /setup?token=…: the link the server prints while no administrator exists. */
export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const t = await getT();
  const { token } = await searchParams;
  const { database } = await getRuntime();
  const done = await hasAdmin(database.db);
  const valid = !done && typeof token === "string" && (await setupTokenState(database.db, token)) === "valid";
  return (
    <AuthCard title={t("auth.setup.title")}>
      {done ? (
        <p>
          {t("auth.setup.done")}{" "}
          <Link href="/sign-in" className="underline">
            {t("auth.signIn.title")}
          </Link>
        </p>
      ) : valid ? (
        <>
          <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("auth.setup.intro")}</p>
          <SetupForm token={token!} />
        </>
      ) : (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t("auth.setup.invalidToken")}
        </p>
      )}
    </AuthCard>
  );
}
