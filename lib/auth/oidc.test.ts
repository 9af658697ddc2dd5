import { describe, expect, it } from "vitest";
import { oidcPlugins, readOidcSettings, roleClaimHooks, roleFromClaims, withRoleClaimScope } from "./oidc";

// The SSO settings and the role claim's reading; the flow itself runs against a real provider in e2e/sso.spec.ts.
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe("OIDC settings", () => {
  it("are off when none of the three variables is set", () => {
    expect(readOidcSettings(env({}))).toBeNull();
    expect(oidcPlugins(env({}))).toEqual([]);
  });

  it("name the missing variables when half configured", () => {
    expect(() => readOidcSettings(env({ OIDC_ISSUER: "https://id.example.com" }))).toThrow(
      "Single sign-on is half configured: set OIDC_CLIENT_ID, OIDC_CLIENT_SECRET too.",
    );
    expect(() => readOidcSettings(env({ OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: " " }))).toThrow(
      /set OIDC_ISSUER, OIDC_CLIENT_SECRET too/,
    );
  });

  it("read the issuer without a trailing slash and the optional role claim", () => {
    const settings = readOidcSettings(
      env({
        OIDC_ISSUER: "https://id.example.com/realms/ops/",
        OIDC_CLIENT_ID: "console",
        OIDC_CLIENT_SECRET: "s",
        OIDC_ROLE_CLAIM: " console_role ",
      }),
    );
    expect(settings).toEqual({
      issuer: "https://id.example.com/realms/ops",
      clientId: "console",
      clientSecret: "s",
      roleClaim: "console_role",
    });
  });
});

describe("the role claim", () => {
  it("names one of the console's roles, as a value or in a list (the strongest wins)", () => {
    expect(roleFromClaims({ console_role: "operator" }, "console_role")).toBe("operator");
    expect(roleFromClaims({ groups: ["staff", "viewer", "operator"] }, "groups")).toBe("operator");
    expect(roleFromClaims({ groups: ["admin", "viewer"] }, "groups")).toBe("admin");
  });

  it("means nothing when absent, unknown, differently cased or not configured", () => {
    expect(roleFromClaims({}, "console_role")).toBeUndefined();
    expect(roleFromClaims({ console_role: "superuser" }, "console_role")).toBeUndefined();
    expect(roleFromClaims({ console_role: "Operator" }, "console_role")).toBeUndefined();
    expect(roleFromClaims({ console_role: "admin" }, undefined)).toBeUndefined();
  });

  it("is written on the user only inside the sign-in's own request", async () => {
    const user = { email: "a@example.com", name: "A" };
    // Outside any request (the users command, an administrator's change), nothing is added.
    expect(await roleClaimHooks.update.before(user)).toBeUndefined();
    expect(await withRoleClaimScope(() => roleClaimHooks.create.before(user))).toBeUndefined();
  });
});
