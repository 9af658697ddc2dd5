"use client";

import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/i18n-provider";
import { usePermission } from "./actor-context";

/**
 * A button that sends a cloud mutation. For someone whose role may not (a viewer) it is shown disabled, with the
 * reason as its tooltip and accessible description; the server refuses the same call with 403 anyway.
 */
export function MutationButton(props: ComponentProps<typeof Button>) {
  const t = useT();
  const { allowed, reason } = usePermission("mutation");
  if (allowed) return <Button {...props} />;
  const text = t(reason!);
  return <Button {...props} disabled title={text} aria-description={text} data-needs-role="operator" />;
}

/** The visible reason beside a form's actions when the person may not submit it. */
export function RoleNote() {
  const t = useT();
  const { allowed, reason } = usePermission("mutation");
  if (allowed) return null;
  return (
    <p className="text-sm text-amber-800 dark:text-amber-300" data-testid="role-note">
      {t(reason!)}
    </p>
  );
}
