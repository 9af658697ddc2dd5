"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { cellClass, Table } from "@/components/ui/table";
import { authCall } from "@/lib/auth/auth-fetch";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { MessageKey } from "@/lib/i18n/catalog";
import { useT } from "@/lib/i18n/i18n-provider";
import { MIN_PASSWORD } from "./password-rules";

const USERS_KEY = ["auth", "users"] as const;

interface UserRow {
  id: string;
  email: string;
  name: string;
  role?: string | null;
  banned?: boolean | null;
}

const addSchema = z.object({
  email: z.email("auth.email.invalid"),
  name: z.string().trim().max(100),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD, "auth.password.tooShort"),
});
type AddValues = z.infer<typeof addSchema>;

export function UsersAdmin({ self }: { self: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const users = useQuery({
    queryKey: USERS_KEY,
    queryFn: () => authCall<{ users: UserRow[] }>("/admin/list-users?limit=500&sortBy=createdAt"),
  });
  const change = useMutation({
    mutationFn: (action: () => Promise<unknown>) => action(),
    onMutate: () => setFailure(null),
    onError: (error) => setFailure(t("auth.users.failed", { message: error.message })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
  const form = useForm<AddValues>({
    resolver: zodResolver(addSchema),
    defaultValues: { email: "", name: "", role: "viewer", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const message = (key?: string) => (key ? t(key as MessageKey, { min: MIN_PASSWORD }) : undefined);

  async function add(values: AddValues) {
    await change.mutateAsync(() =>
      authCall("/admin/create-user", {
        email: values.email.toLowerCase(),
        name: values.name || values.email.split("@")[0]!,
        password: values.password,
        role: values.role,
      }),
    );
    form.reset();
  }

  const rows = (users.data?.users ?? []) as UserRow[];
  return (
    <div className="flex flex-col gap-6">
      {failure ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {failure}
        </p>
      ) : null}
      <Table
        caption={t("auth.users.title")}
        headers={[
          t("auth.users.email"),
          t("auth.users.name"),
          t("auth.users.role"),
          t("auth.users.status"),
          "",
        ]}
      >
        {rows.map((user) => {
          const isSelf = user.email === self;
          const role = (ROLES as readonly string[]).includes(user.role ?? "")
            ? (user.role as Role)
            : "viewer";
          return (
            <tr key={user.id}>
              <td className={cellClass}>
                {user.email}
                {isSelf ? (
                  <span className="ml-1 text-neutral-500 dark:text-neutral-400">({t("auth.users.you")})</span>
                ) : null}
              </td>
              <td className={cellClass}>{user.name}</td>
              <td className={cellClass}>
                <select
                  aria-label={`${t("auth.users.role")}: ${user.email}`}
                  className={inputClass}
                  value={role}
                  disabled={isSelf}
                  onChange={(e) =>
                    change.mutate(() =>
                      authCall("/admin/set-role", { userId: user.id, role: e.target.value as Role }),
                    )
                  }
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`auth.role.${r}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td className={cellClass}>{user.banned ? t("auth.users.disabled") : t("auth.users.active")}</td>
              <td className={`${cellClass} flex gap-2`}>
                {isSelf ? null : user.banned ? (
                  <Button
                    variant="secondary"
                    onClick={() => change.mutate(() => authCall("/admin/unban-user", { userId: user.id }))}
                  >
                    {t("auth.users.enable")}
                  </Button>
                ) : (
                  <Button
                    variant="danger"
                    aria-label={`${t("auth.users.disable")} ${user.email}`}
                    onClick={() => change.mutate(() => authCall("/admin/ban-user", { userId: user.id }))}
                  >
                    {t("auth.users.disable")}
                  </Button>
                )}
                {isSelf ? null : (
                  <Button
                    variant="secondary"
                    onClick={() =>
                      change.mutate(() => authCall("/admin/revoke-user-sessions", { userId: user.id }))
                    }
                  >
                    {t("auth.users.revoke")}
                  </Button>
                )}
              </td>
            </tr>
          );
        })}
      </Table>
      <form onSubmit={form.handleSubmit(add)} noValidate className="flex max-w-md flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("auth.users.add")}</h2>
        <Field label={t("auth.users.email")} error={message(errors.email?.message)}>
          {(c) => (
            <input
              {...c}
              type="email"
              autoComplete="off"
              className={inputClass}
              {...form.register("email")}
            />
          )}
        </Field>
        <Field label={t("auth.users.name")} optional>
          {(c) => (
            <input {...c} type="text" autoComplete="off" className={inputClass} {...form.register("name")} />
          )}
        </Field>
        <Field label={t("auth.users.role")}>
          {(c) => (
            <select {...c} className={inputClass} {...form.register("role")}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`auth.role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("auth.users.password")} error={message(errors.password?.message)}>
          {(c) => (
            <input
              {...c}
              type="password"
              autoComplete="new-password"
              className={inputClass}
              {...form.register("password")}
            />
          )}
        </Field>
        <Button type="submit" disabled={isSubmitting} className="self-start">
          {t("auth.users.add")}
        </Button>
      </form>
    </div>
  );
}
