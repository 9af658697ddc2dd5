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
import type { MessageKey } from "@/lib/i18n/catalog";

/** Kept in step with lib/auth/auth.ts MIN_PASSWORD_LENGTH (that module is server-only). */
export const MIN_PASSWORD = 12;

const schema = z
  .object({
    name: z.string().trim().min(1, "auth.setup.name"),
    email: z.email("auth.email.invalid"),
    password: z.string().min(MIN_PASSWORD, "auth.password.tooShort"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "auth.password.mismatch" });
type Values = z.infer<typeof schema>;

/** The first administrator, from the one-time setup link; signs them in and opens the console. */
export function SetupForm({ token }: { token: string }) {
  const t = useT();
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: "", email: "", password: "", confirm: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const message = (key: string | undefined) =>
    key ? t(key as MessageKey, { min: MIN_PASSWORD }) : undefined;

  async function onSubmit({ name, email, password }: Values) {
    setFailure(null);
    const response = await fetch("/api/setup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, name, email, password }),
    });
    if (response.ok) return router.replace("/");
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
    setFailure(body.error?.message ?? t("auth.error.unknown"));
  }

  const text = (name: keyof Values, type: string, autoComplete: string, label: string) => (
    <Field label={label} error={message(errors[name]?.message)}>
      {(control) => (
        <input
          {...control}
          type={type}
          autoComplete={autoComplete}
          className={inputClass}
          {...form.register(name)}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3">
      {text("name", "text", "name", t("auth.setup.name"))}
      {text("email", "email", "username", t("auth.signIn.email"))}
      {text("password", "password", "new-password", t("auth.signIn.password"))}
      {text("confirm", "password", "new-password", t("auth.password.confirm"))}
      {failure ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {failure}
        </p>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {t("auth.setup.submit")}
      </Button>
    </form>
  );
}
