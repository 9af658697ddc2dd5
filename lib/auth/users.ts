import "server-only";
import { randomBytes } from "node:crypto";
import type { Auth } from "./auth";
import { MIN_PASSWORD_LENGTH } from "./auth";
import { isRole, ROLES, type Role } from "./roles";

/** A refusal the caller can show as is (CLI line, setup page message key). */
export class AccountError extends Error {
  constructor(
    readonly code: "EmailTaken" | "UnknownUser" | "WeakPassword" | "UnknownRole" | "InvalidEmail",
    message: string,
  ) {
    super(message);
  }
}

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkPassword(password: string) {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new AccountError("WeakPassword", `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`);
}

export function checkRole(role: string): Role {
  if (!isRole(role))
    throw new AccountError("UnknownRole", `No role "${role}"; use one of ${ROLES.join(", ")}.`);
  return role;
}

/** A password for someone who will be told it once: 24 url-safe characters (~144 bits). */
export function generatePassword() {
  return randomBytes(18).toString("base64url");
}

/**
 * Account management on the server's own database, for the setup page and the users CLI (the admin page uses
 * better-auth's admin endpoints, which run the same adapter). Works whether or not a server is running.
 */
export function accounts(auth: Auth) {
  const ctx = () => auth.$context;

  async function find(email: string) {
    const found = await (await ctx()).internalAdapter.findUserByEmail(email.trim().toLowerCase());
    if (!found) throw new AccountError("UnknownUser", `No user ${email}.`);
    return found.user;
  }

  return {
    async add(input: { email: string; name?: string; role: string; password: string }) {
      const email = input.email.trim().toLowerCase();
      if (!EMAIL.test(email))
        throw new AccountError("InvalidEmail", `"${input.email}" is not an email address.`);
      const role = checkRole(input.role);
      checkPassword(input.password);
      const c = await ctx();
      if (await c.internalAdapter.findUserByEmail(email))
        throw new AccountError("EmailTaken", `A user ${email} already exists.`);
      const user = await c.internalAdapter.createUser(
        { email, name: input.name?.trim() || email.split("@")[0]!, role, emailVerified: true },
        { method: "admin" },
      );
      await c.internalAdapter.linkAccount({
        userId: user.id,
        providerId: "credential",
        accountId: user.id,
        password: await c.password.hash(input.password),
      });
      return user;
    },

    async list(): Promise<AccountRow[]> {
      const users = await (
        await ctx()
      ).internalAdapter.listUsers(undefined, undefined, {
        field: "createdAt",
        direction: "asc",
      });
      return users.map((u) => {
        const r = u as typeof u & { role?: string; banned?: boolean | null };
        return {
          id: r.id,
          email: r.email,
          name: r.name,
          role: isRole(r.role) ? r.role : "viewer",
          disabled: Boolean(r.banned),
          createdAt: r.createdAt,
        };
      });
    },

    async setRole(email: string, role: string) {
      const user = await find(email);
      await (await ctx()).internalAdapter.updateUser(user.id, { role: checkRole(role) });
      return user;
    },

    /** Disabling also ends every session, so the person is refused on their very next request. */
    async disable(email: string) {
      const user = await find(email);
      const c = await ctx();
      await c.internalAdapter.updateUser(user.id, {
        banned: true,
        banReason: "disabled by an administrator",
      });
      await c.internalAdapter.deleteUserSessions(user.id);
      return user;
    },

    async enable(email: string) {
      const user = await find(email);
      await (
        await ctx()
      ).internalAdapter.updateUser(user.id, { banned: false, banReason: null, banExpires: null });
      return user;
    },

    async resetPassword(email: string, password: string) {
      checkPassword(password);
      const user = await find(email);
      const c = await ctx();
      const hash = await c.password.hash(password);
      const credential = (await c.internalAdapter.findAccounts(user.id)).find(
        (a) => a.providerId === "credential",
      );
      if (credential) await c.internalAdapter.updatePassword(user.id, hash);
      else
        await c.internalAdapter.linkAccount({
          userId: user.id,
          providerId: "credential",
          accountId: user.id,
          password: hash,
        });
      await c.internalAdapter.deleteUserSessions(user.id);
      return user;
    },

    async revokeSessions(email: string) {
      const user = await find(email);
      await (await ctx()).internalAdapter.deleteUserSessions(user.id);
      return user;
    },
  };
}
