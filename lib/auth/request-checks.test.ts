import { describe, expect, it } from "vitest";
import {
  acceptsNavigation,
  isCrossSiteFetch,
  isMisdirected,
  isSafeMethod,
  isTopLevelNavigation,
  ownOrigins,
  provesSameOrigin,
  requestHost,
} from "./request-checks";
import { readAuthSettings } from "./settings";

const settings = (vars: Record<string, string>) => readAuthSettings(vars as NodeJS.ProcessEnv);
const local = settings({ HOST: "127.0.0.1", PORT: "3000" });
const behindProxy = settings({ PORT: "3000", CONSOLE_URL: "https://console.example.com", TRUST_PROXY: "1" });
const publicNoProxy = settings({ PORT: "3000", CONSOLE_URL: "https://console.example.com" });

const h = (headers: Record<string, string>) => new Headers(headers);

describe("host (421 before anything else: DNS rebinding)", () => {
  it("accepts the public host and the loopback names on the console's port", () => {
    for (const host of ["127.0.0.1:3000", "localhost:3000", "[::1]:3000", "LOCALHOST:3000"])
      expect(isMisdirected(h({ host }), local)).toBe(false);
    expect(isMisdirected(h({ host: "console.example.com" }), publicNoProxy)).toBe(false);
  });

  it("refuses any other name, another port, or no Host at all", () => {
    for (const host of ["attacker.example:3000", "127.0.0.1:3001", "127.0.0.1", "localhost", "0.0.0.0:3000"])
      expect(isMisdirected(h({ host }), local), host).toBe(true);
    expect(isMisdirected(h({}), local)).toBe(true);
    // A rebinding page keeps its own name in Host even though the address is ours.
    expect(isMisdirected(h({ host: "rebind.attacker.example" }), publicNoProxy)).toBe(true);
  });

  it("ignores X-Forwarded-Host unless TRUST_PROXY=1", () => {
    const forged = h({ host: "attacker.example", "x-forwarded-host": "console.example.com" });
    expect(requestHost(forged, publicNoProxy)).toBe("attacker.example");
    expect(isMisdirected(forged, publicNoProxy)).toBe(true);
    // And the other way round: a forwarded foreign name cannot pass on the strength of a good Host.
    const hidden = h({ host: "console.example.com", "x-forwarded-host": "attacker.example" });
    expect(isMisdirected(hidden, publicNoProxy)).toBe(false);
  });

  it("behind a trusted proxy judges the first X-Forwarded-Host, not the proxy's own Host", () => {
    const viaProxy = h({ host: "10.0.0.5:3000", "x-forwarded-host": "console.example.com, 10.0.0.5" });
    expect(requestHost(viaProxy, behindProxy)).toBe("console.example.com");
    expect(isMisdirected(viaProxy, behindProxy)).toBe(false);
    const rebound = h({ host: "console.example.com", "x-forwarded-host": "attacker.example" });
    expect(isMisdirected(rebound, behindProxy)).toBe(true);
    // No forwarded header at all: the Host itself is judged.
    expect(isMisdirected(h({ host: "console.example.com" }), behindProxy)).toBe(false);
  });
});

describe("cross-site fetches (403, reads included)", () => {
  it("refuses what the browser marks as another site's", () => {
    expect(isCrossSiteFetch(h({ "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteFetch(h({ "sec-fetch-site": "same-site" }))).toBe(true);
  });

  it("lets the console's own pages, typed addresses and non-browser clients through to the next check", () => {
    expect(isCrossSiteFetch(h({ "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteFetch(h({ "sec-fetch-site": "none" }))).toBe(false);
    expect(isCrossSiteFetch(h({}))).toBe(false);
  });
});

describe("same-origin proof of a cookie-authenticated change", () => {
  it("accepts our own Origin (public or loopback) or Sec-Fetch-Site: same-origin", () => {
    expect(provesSameOrigin(h({ origin: "http://127.0.0.1:3000" }), local)).toBe(true);
    expect(provesSameOrigin(h({ origin: "http://localhost:3000" }), local)).toBe(true);
    expect(provesSameOrigin(h({ origin: "https://console.example.com" }), publicNoProxy)).toBe(true);
    expect(provesSameOrigin(h({ "sec-fetch-site": "same-origin" }), local)).toBe(true);
  });

  it("refuses a foreign or look-alike Origin, even with a same-origin Sec-Fetch-Site", () => {
    for (const origin of [
      "http://evil.example",
      "http://127.0.0.1:3001",
      "https://127.0.0.1:3000",
      "http://127.0.0.1:3000.evil.example",
      "null",
    ])
      expect(provesSameOrigin(h({ origin, "sec-fetch-site": "same-origin" }), local), origin).toBe(false);
    // The public origin is https: its http twin is another origin.
    expect(provesSameOrigin(h({ origin: "http://console.example.com" }), publicNoProxy)).toBe(false);
  });

  it("refuses a request that proves nothing (curl with someone's cookie)", () => {
    expect(provesSameOrigin(h({}), local)).toBe(false);
    expect(provesSameOrigin(h({ "sec-fetch-site": "none" }), local)).toBe(false);
  });

  it("knows our own origins and which methods change nothing", () => {
    expect([...ownOrigins(local)]).toEqual(
      expect.arrayContaining(["http://127.0.0.1:3000", "http://localhost:3000", "http://[::1]:3000"]),
    );
    expect(["GET", "HEAD", "OPTIONS"].every(isSafeMethod)).toBe(true);
    expect(["POST", "PUT", "PATCH", "DELETE"].some(isSafeMethod)).toBe(false);
  });
});

describe("people arriving from elsewhere (links, the identity provider's redirect)", () => {
  const navigation = {
    "sec-fetch-mode": "navigate",
    "sec-fetch-dest": "document",
    "sec-fetch-site": "cross-site",
  };

  it("a top-level GET navigation is one; a fetch, a frame or a form post is not", () => {
    expect(isTopLevelNavigation("GET", h(navigation))).toBe(true);
    expect(isTopLevelNavigation("HEAD", h(navigation))).toBe(true);
    expect(isTopLevelNavigation("POST", h(navigation))).toBe(false);
    expect(isTopLevelNavigation("GET", h({ ...navigation, "sec-fetch-dest": "iframe" }))).toBe(false);
    expect(
      isTopLevelNavigation("GET", h({ ...navigation, "sec-fetch-mode": "cors", "sec-fetch-dest": "empty" })),
    ).toBe(false);
    expect(isTopLevelNavigation("GET", h({ "sec-fetch-site": "cross-site" }))).toBe(false);
  });

  it("may land on pages and the SSO callback, never on the other APIs", () => {
    for (const path of ["/", "/mirror-sessions", "/sign-in", "/setup", "/api/auth/callback/oidc"])
      expect(acceptsNavigation(path), path).toBe(true);
    for (const path of [
      "/api/overview",
      "/api/operations/x",
      "/api/auth/get-session",
      "/api/setup",
      "/api/health",
    ])
      expect(acceptsNavigation(path), path).toBe(false);
  });
});
