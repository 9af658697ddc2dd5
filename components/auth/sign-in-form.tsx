"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { useT } from "@/lib/i18n/i18n-provider";

const schema = z.object({
  email: z.email("auth.email.invalid"),
  password: z.string().min(1, "auth.signIn.failed"),
});
type Values = z.infer<typeof schema>;

/** Email + password sign-in; on success the browser goes to the page it came from (`next`, a local path). */
export function SignInForm({ next, sso }: { next: string; sso: boolean }) {
  const t = useT();
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: Values) {
    setFailure(null);
    const response = await fetch("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(values),
    });
    if (response.ok) return router.replace(next);
    if (response.status === 429) {
      const minutes = Math.max(1, Math.ceil(Number(response.headers.get("retry-after") ?? 60) / 60));
      setFailure(t("auth.signIn.tooMany", { minutes }));
    } else setFailure(t("auth.signIn.failed"));
  }

  async function signInWithSso() {
    // better-auth serves generic OAuth providers through its social sign-in endpoint.
    const response = await fetch("/api/auth/sign-in/social", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ provider: "oidc", callbackURL: next, errorCallbackURL: "/sign-in" }),
    });
    const body = (await response.json().catch(() => ({}))) as { url?: string; code?: string };
    if (response.ok && body.url) window.location.assign(body.url);
    else setFailure(t("auth.signIn.ssoFailed", { code: body.code ?? String(response.status) }));
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3">
        <Field label={t("auth.signIn.email")} error={errors.email && t("auth.email.invalid")}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              className={inputClass}
              {...form.register("email")}
            />
          )}
        </Field>
        <Field label={t("auth.signIn.password")} error={errors.password && t("auth.signIn.failed")}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              className={inputClass}
              {...form.register("password")}
            />
          )}
        </Field>
        {failure ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {failure}
          </p>
        ) : null}
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
        </Button>
      </form>
      {sso ? (
        <>
          <p className="text-center text-sm text-neutral-500">{t("auth.signIn.or")}</p>
          <Button type="button" variant="secondary" onClick={signInWithSso}>
            {t("auth.signIn.sso")}
          </Button>
        </>
      ) : null}
    </div>
  );
}
