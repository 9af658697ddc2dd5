"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { useT } from "@/lib/i18n/i18n-provider";
import { isEmail } from "./password-rules";

/**
 * Email + password sign-in; on success the browser goes to the page it came from (`next`, a local path). Two
 * fields checked by hand rather than with react-hook-form + zod: this page is the first thing everyone loads, and
 * those two libraries would be ~48 kB of it (docs/BENCHMARKS.md "First-load JS").
 */
export function SignInForm({ next, sso }: { next: string; sso: boolean }) {
  const t = useT();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [emailError, setEmailError] = useState<string>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setEmailError(isEmail(email) ? undefined : t("auth.email.invalid"));
    if (!isEmail(email)) return;
    if (!password) return setFailure(t("auth.signIn.failed"));
    setBusy(true);
    const response = await fetch("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) return router.replace(next);
    if (response?.status === 429) {
      const minutes = Math.max(1, Math.ceil(Number(response.headers.get("retry-after") ?? 60) / 60));
      setFailure(t("auth.signIn.tooMany", { minutes }));
    } else setFailure(response ? t("auth.signIn.failed") : t("auth.error.unknown"));
  }

  async function signInWithSso() {
    const response = await fetch("/api/auth/sign-in/social", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ provider: "oidc", callbackURL: next, errorCallbackURL: "/sign-in" }),
    });
    const body = (await response.json().catch(() => ({}))) as { url?: string; code?: string };
    if (response.ok && body.url) window.location.href = body.url;
    else setFailure(t("auth.signIn.ssoFailed", { code: body.code ?? String(response.status) }));
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <Field label={t("auth.signIn.email")} error={emailError}>
          {(control) => (
            <input
              {...control}
              type="email"
              name="email"
              autoComplete="username"
              className={inputClass}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("auth.signIn.password")}>
          {(control) => (
            <input
              {...control}
              type="password"
              name="password"
              autoComplete="current-password"
              className={inputClass}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        {failure ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {failure}
          </p>
        ) : null}
        <Button type="submit" disabled={busy}>
          {busy ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
        </Button>
      </form>
      {sso ? (
        <>
          <p className="text-center text-sm text-neutral-500 dark:text-neutral-400">{t("auth.signIn.or")}</p>
          <Button type="button" variant="secondary" onClick={signInWithSso}>
            {t("auth.signIn.sso")}
          </Button>
        </>
      ) : null}
    </div>
  );
}
