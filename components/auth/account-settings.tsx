"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { AuthCallError, authCall } from "@/lib/auth/auth-fetch";
import type { MessageKey } from "@/lib/i18n/catalog";
import { useT } from "@/lib/i18n/i18n-provider";
import { MIN_PASSWORD } from "./setup-form";

const schema = z
  .object({
    current: z.string().min(1, "auth.password.wrongCurrent"),
    password: z.string().min(MIN_PASSWORD, "auth.password.tooShort"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "auth.password.mismatch" });
type Values = z.infer<typeof schema>;

/** Password change (other sessions end) and "sign out everywhere". */
export function AccountSettings() {
  const t = useT();
  const router = useRouter();
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { current: "", password: "", confirm: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const message = (key?: string) => (key ? t(key as MessageKey, { min: MIN_PASSWORD }) : undefined);

  async function onSubmit(values: Values) {
    setNote(null);
    const error = await authCall("/change-password", {
      currentPassword: values.current,
      newPassword: values.password,
      revokeOtherSessions: true,
    }).then(
      () => null,
      (e: unknown) => (e instanceof AuthCallError ? e : new AuthCallError(0, String(e))),
    );
    if (error) {
      const text =
        error.status === 429 ? t("auth.signIn.tooMany", { minutes: 15 }) : t("auth.password.wrongCurrent");
      setNote({ ok: false, text });
    } else {
      form.reset();
      setNote({ ok: true, text: t("auth.password.changed") });
    }
  }

  async function signOutEverywhere() {
    await authCall("/revoke-sessions", {}).catch(() => {});
    router.replace("/sign-in");
  }

  const input = (name: keyof Values, label: string, autoComplete: string) => (
    <Field label={label} error={message(errors[name]?.message)}>
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete={autoComplete}
          className={inputClass}
          {...form.register(name)}
        />
      )}
    </Field>
  );

  return (
    <div className="flex max-w-md flex-col gap-8">
      <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("auth.password.change")}</h2>
        {input("current", t("auth.password.current"), "current-password")}
        {input("password", t("auth.password.new"), "new-password")}
        {input("confirm", t("auth.password.confirm"), "new-password")}
        {note ? (
          <p
            role={note.ok ? "status" : "alert"}
            className={note.ok ? "text-sm" : "text-sm text-red-700 dark:text-red-400"}
          >
            {note.text}
          </p>
        ) : null}
        <Button type="submit" disabled={isSubmitting}>
          {t("auth.password.change")}
        </Button>
      </form>
      <div className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("auth.menu.signOutEverywhere")}</h2>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("auth.account.everywhereHint")}</p>
        <Button type="button" variant="danger" onClick={signOutEverywhere} className="self-start">
          {t("auth.menu.signOutEverywhere")}
        </Button>
      </div>
    </div>
  );
}
