"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { authCall } from "@/lib/auth/auth-fetch";
import { useT } from "@/lib/i18n/i18n-provider";
import type { SignedInPerson } from "./actor-context";

/** Who is signed in, with the way to their account page and out. */
export function UserMenu({ actor }: { actor: SignedInPerson }) {
  const t = useT();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    await authCall("/sign-out", {}).catch(() => {});
    router.replace("/sign-in");
  }
  return (
    <div className="flex items-center gap-2 text-sm">
      <Link href="/account" className="underline-offset-2 hover:underline" title={t("auth.menu.account")}>
        <span className="font-medium">{actor.email}</span>{" "}
        <span className="text-neutral-500 dark:text-neutral-400">({t(`auth.role.${actor.role}`)})</span>
      </Link>
      <Link href="/settings/tokens" className="underline-offset-2 hover:underline">
        {t("tokens.nav")}
      </Link>
      {actor.role === "admin" ? (
        <Link href="/settings/users" className="underline-offset-2 hover:underline">
          {t("auth.menu.users")}
        </Link>
      ) : null}
      <Button type="button" variant="secondary" onClick={signOut} disabled={busy}>
        {t("auth.menu.signOut")}
      </Button>
    </div>
  );
}
