import { DELETE } from "./[id]/route";
import { GET, POST } from "./route";
import type { TokenSummary } from "@/lib/tokens/token-rules";
import type { ConsoleHarness } from "@/lib/testing/console-harness";

const BASE = "http://127.0.0.1:3000/api/tokens";

/**
 * The token routes driven as the /settings/tokens page drives them (a signed-in browser's same-origin requests),
 * for route tests that need tokens to exist.
 */
export function tokenClient(harness: ConsoleHarness) {
  return {
    create(cookie: string, body: Record<string, unknown>, extra: Record<string, string> = {}) {
      return POST(
        new Request(BASE, {
          method: "POST",
          headers: harness.headersFor(cookie, extra),
          body: JSON.stringify(body),
        }),
      );
    },
    /** Creates a token and returns its secret (throws when refused). */
    async secret(cookie: string, role: string, name = `script ${Math.random().toString(36).slice(2, 6)}`) {
      const response = await this.create(cookie, { name, role, expiresInDays: 30 });
      if (response.status !== 201) throw new Error(`token refused: ${await response.text()}`);
      return (await response.json()) as { token: TokenSummary; secret: string };
    },
    list(headers: Record<string, string>, scope?: string) {
      return GET(new Request(scope ? `${BASE}?scope=${scope}` : BASE, { headers }));
    },
    revoke(headers: Record<string, string>, id: string) {
      return DELETE(new Request(`${BASE}/${id}`, { method: "DELETE", headers }), {
        params: Promise.resolve({ id }),
      });
    },
  };
}
