"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { AuthCallError, authCall } from "@/lib/auth/auth-fetch";
import { useT } from "@/lib/i18n/i18n-provider";
import { MIN_PASSWORD, newPasswordProblems } from "./password-rules";

type Name = "current" | "password" | "confirm";

/** Password change (other sessions end) and "sign out everywhere". */
export function AccountSettings() {
  const t = useT();
  const router = useRouter();
  const empty = { current: "", password: "", confirm: "" };
  const [values, setValues] = useState<Record<Name, string>>(empty);
  const [errors, setErrors] = useState<Partial<Record<Name, string>>>({});
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNote(null);
    const problems = newPasswordProblems(values.password, values.confirm);
    const found: Partial<Record<Name, string>> = {
      current: values.current ? undefined : t("auth.password.wrongCurrent"),
      password: problems.password && t(problems.password, { min: MIN_PASSWORD }),
      confirm: problems.confirm && t(problems.confirm),
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    const error = await authCall("/change-password", {
      currentPassword: values.current,
      newPassword: values.password,
      revokeOtherSessions: true,
    }).then(
      () => null,
      (e: unknown) => (e instanceof AuthCallError ? e : new AuthCallError(0, String(e))),
    );
    setBusy(false);
    if (error) {
      const text =
        error.status === 429 ? t("auth.signIn.tooMany", { minutes: 15 }) : t("auth.password.wrongCurrent");
      setNote({ ok: false, text });
    } else {
      setValues(empty);
      setNote({ ok: true, text: t("auth.password.changed") });
    }
  }

  async function signOutEverywhere() {
    await authCall("/revoke-sessions", {}).catch(() => {});
    router.replace("/sign-in");
  }

  const input = (name: Name, label: string, autoComplete: string) => (
    <Field label={label} error={errors[name]}>
      {(control) => (
        <input
          {...control}
          type="password"
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
    <div className="flex max-w-md flex-col gap-8">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
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
        <Button type="submit" disabled={busy}>
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
