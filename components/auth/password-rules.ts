import type { MessageKey } from "@/lib/i18n/catalog";

/** Kept in step with lib/auth/auth.ts MIN_PASSWORD_LENGTH (that module is server-only; a test pins them). */
export const MIN_PASSWORD = 12;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/**
 * The message key for a new password and its repetition, or undefined when both are fine. Checked by hand in the
 * auth pages (no zod): they are light pages everyone loads, and the server checks the same rules again.
 */
export function newPasswordProblems(password: string, confirm: string) {
  const problems: { password?: MessageKey; confirm?: MessageKey } = {};
  if (password.length < MIN_PASSWORD) problems.password = "auth.password.tooShort";
  else if (password !== confirm) problems.confirm = "auth.password.mismatch";
  return problems;
}
