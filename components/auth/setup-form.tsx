"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { useT } from "@/lib/i18n/i18n-provider";
import { isEmail, MIN_PASSWORD, newPasswordProblems } from "./password-rules";

type Name = "name" | "email" | "password" | "confirm";

/** The first administrator, from the one-time setup link; signs them in and opens the console. */
export function SetupForm({ token }: { token: string }) {
  const t = useT();
  const router = useRouter();
  const [values, setValues] = useState<Record<Name, string>>({
    name: "",
    email: "",
    password: "",
    confirm: "",
  });
  const [errors, setErrors] = useState<Partial<Record<Name, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const problems = newPasswordProblems(values.password, values.confirm);
    const found: Partial<Record<Name, string>> = {
      name: values.name.trim() ? undefined : t("auth.setup.name"),
      email: isEmail(values.email) ? undefined : t("auth.email.invalid"),
      password: problems.password && t(problems.password, { min: MIN_PASSWORD }),
      confirm: problems.confirm && t(problems.confirm),
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    const response = await fetch("/api/setup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, name: values.name, email: values.email, password: values.password }),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) return router.replace("/");
    const body = (await response?.json().catch(() => ({}))) as
      { error?: { message?: string; fields?: { path: string; message: string }[] } } | undefined;
    const fields = Object.fromEntries((body?.error?.fields ?? []).map((f) => [f.path, f.message]));
    if (Object.keys(fields).length) setErrors(fields);
    else setFailure(body?.error?.message ?? t("auth.error.unknown"));
  }

  const input = (name: Name, type: string, autoComplete: string, label: string) => (
    <Field label={label} error={errors[name]}>
      {(control) => (
        <input
          {...control}
          type={type}
          name={name}
          autoComplete={autoComplete}
          className={inputClass}
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {input("name", "text", "name", t("auth.setup.name"))}
      {input("email", "email", "username", t("auth.signIn.email"))}
      {input("password", "password", "new-password", t("auth.signIn.password"))}
      {input("confirm", "password", "new-password", t("auth.password.confirm"))}
      {failure ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {failure}
        </p>
      ) : null}
      <Button type="submit" disabled={busy}>
        {t("auth.setup.submit")}
      </Button>
    </form>
  );
}
