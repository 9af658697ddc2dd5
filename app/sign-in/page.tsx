import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { actorOf } from "@/lib/auth/guard";
import { readOidcSettings } from "@/lib/auth/oidc";
import { safeNext } from "@/lib/auth/page-guard";
import { getRuntime } from "@/lib/auth/runtime";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.signIn.title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; error?: string }>;
}) {
  const t = await getT();
  const { next: requested, error } = await searchParams;
  const next = safeNext(requested);
  // Someone already signed in goes straight on.
  if (await actorOf(await getRuntime(), new Headers(await headers()))) redirect(next);
  return (
    <AuthCard title={t("auth.signIn.title")}>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t("auth.signIn.ssoFailed", { code: error.slice(0, 64) })}
        </p>
      ) : null}
      <SignInForm next={next} sso={readOidcSettings() !== null} />
    </AuthCard>
  );
}
