import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";

/** What the identity provider says about one person (OpenID standard claims plus the console's role claim). */
export type Claims = { email: string; name: string } & Record<string, unknown>;

/**
 * A real OpenID provider (the `oidc-provider` package, certified) on 127.0.0.1 for the SSO journey: discovery,
 * authorization code with PKCE required, client_secret_post at the token endpoint, signed ID tokens, userinfo.
 * Its development sign-in form takes any login name with any password; the login name picks the person from
 * `people`, whose claims the test may change between sign-ins.
 */
export async function startOidcProvider(options: { port: number; redirectUri: string; roleClaim: string }) {
  // oidc-provider is ESM-only; Playwright loads specs as CommonJS.
  const { default: Provider } = await import("oidc-provider");
  const issuer = `http://127.0.0.1:${options.port}`;
  const client = { id: "cloudnet-console", secret: randomBytes(24).toString("base64url") };
  const people = new Map<string, Claims>();

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    // The console must use PKCE: the provider refuses an authorization request without a code challenge.
    pkce: { required: () => true },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name", options.roleClaim],
    },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    async findAccount(_ctx, id) {
      const person = people.get(id);
      if (!person) return undefined;
      return {
        accountId: id,
        // Read at each sign-in, so a claim the test changed is what the console sees next time.
        claims: async () => ({ sub: id, email_verified: true, ...people.get(id) }),
      };
    },
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));

  return {
    issuer,
    client,
    /** Adds or changes a person the provider knows by login name. */
    setPerson(login: string, claims: Claims) {
      people.set(login, claims);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type OidcProvider = Awaited<ReturnType<typeof startOidcProvider>>;
