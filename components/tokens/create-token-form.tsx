"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { hasRole, ROLES, type Role } from "@/lib/auth/roles";
import type { MessageKey } from "@/lib/i18n/catalog";
import { useT } from "@/lib/i18n/i18n-provider";
import { tokenApi, TokenApiError } from "@/lib/tokens/token-api";
import {
  createTokenInput,
  DEFAULT_TOKEN_DAYS,
  MAX_TOKEN_DAYS,
  MAX_TOKEN_NAME,
} from "@/lib/tokens/token-rules";

type FormValues = z.input<typeof createTokenInput>;

/**
 * The "new token" form of /settings/tokens, fetched after the page (react-hook-form and the zod rules stay out of its
 * first load). Roles above the person's own are offered disabled; the server refuses them too.
 */
export function CreateTokenForm({
  role,
  onCreated,
  onFailure,
  onSettled,
}: {
  role: Role;
  onCreated: (created: { name: string; secret: string }) => void;
  onFailure: (message: string | null) => void;
  onSettled: () => Promise<unknown>;
}) {
  const t = useT();
  const form = useForm<FormValues>({
    resolver: zodResolver(createTokenInput),
    defaultValues: { name: "", role: "viewer", expiresInDays: DEFAULT_TOKEN_DAYS },
  });
  const { errors, isSubmitting } = form.formState;
  const message = (key?: string) =>
    key ? t(key as MessageKey, { max: MAX_TOKEN_NAME, days: MAX_TOKEN_DAYS }) : undefined;

  async function create(values: FormValues) {
    onFailure(null);
    try {
      const result = await tokenApi.create(createTokenInput.parse(values));
      onCreated({ name: result.token.name, secret: result.secret });
      form.reset({ name: "", role: values.role, expiresInDays: values.expiresInDays });
    } catch (error) {
      if (error instanceof TokenApiError && error.fields.length > 0) {
        for (const field of error.fields)
          form.setError(field.path as keyof FormValues, { message: field.message });
      } else onFailure(t("tokens.failed", { message: (error as Error).message }));
    } finally {
      await onSettled();
    }
  }

  return (
    <form onSubmit={form.handleSubmit(create)} noValidate className="flex max-w-md flex-col gap-3">
      <h2 className="text-lg font-semibold">{t("tokens.form.title")}</h2>
      <Field label={t("tokens.form.name")} error={message(errors.name?.message)}>
        {(c) => (
          <input {...c} type="text" autoComplete="off" className={inputClass} {...form.register("name")} />
        )}
      </Field>
      <Field label={t("tokens.form.role")} error={message(errors.role?.message)}>
        {(c) => (
          <select {...c} className={inputClass} {...form.register("role")}>
            {ROLES.map((r) => (
              <option key={r} value={r} disabled={!hasRole(role, r)}>
                {t(`auth.role.${r}`)}
                {hasRole(role, r) ? "" : ` (${t("tokens.form.roleAbove")})`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("tokens.form.days")} error={message(errors.expiresInDays?.message)}>
        {(c) => (
          <input
            {...c}
            type="number"
            min={1}
            max={MAX_TOKEN_DAYS}
            className={inputClass}
            {...form.register("expiresInDays")}
          />
        )}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="self-start">
        {t("tokens.form.submit")}
      </Button>
    </form>
  );
}
