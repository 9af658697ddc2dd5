import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/auth";
import { isEmail, MIN_PASSWORD, newPasswordProblems } from "./password-rules";

describe("the auth pages' own checks", () => {
  it("ask for the same password length the server enforces", () => {
    expect(MIN_PASSWORD).toBe(MIN_PASSWORD_LENGTH);
  });
  it("refuse a short password, then a repetition that differs", () => {
    expect(newPasswordProblems("short", "short")).toEqual({ password: "auth.password.tooShort" });
    expect(newPasswordProblems("long enough password", "long enough passw0rd")).toEqual({
      confirm: "auth.password.mismatch",
    });
    expect(newPasswordProblems("long enough password", "long enough password")).toEqual({});
  });
  it("know an email address when they see one", () => {
    expect(isEmail("ada@example.com")).toBe(true);
    expect(isEmail("ada@example")).toBe(false);
    expect(isEmail("ada example.com")).toBe(false);
  });
});
