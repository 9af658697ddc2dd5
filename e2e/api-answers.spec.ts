import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import { E2E_EMULATOR_URL } from "./test-ports";

/**
 * Every path under /api/ answers JSON on the real server (issue #13): a malformed percent-escape is a 400 before
 * Next's own decoding of a dynamic segment can turn it into a text/plain 500, an unknown path is a JSON 404 instead
 * of Next's HTML page, and hostile bodies are refused with field paths before anything reaches the cloud.
 */
const SAME_ORIGIN = { "sec-fetch-site": "same-origin", "content-type": "application/json" };

async function errorOf(response: APIResponse) {
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  return ((await response.json()) as { error: Record<string, unknown> }).error;
}

for (const method of ["POST", "GET", "DELETE"] as const) {
  for (const path of ["%", "%zz", "%ff", "%C0%AE%C0%AE", "100%", "aliyun.cbn.X%E4%B8"]) {
    test(`${method} /api/operations/${path}: JSON 400, not a 500`, async ({ request }) => {
      const response = await request.fetch(`/api/operations/${path}`, {
        method,
        headers: SAME_ORIGIN,
        data: method === "POST" ? "{}" : undefined,
      });
      expect(response.status()).toBe(400);
      expect(await errorOf(response)).toMatchObject({
        source: "request",
        code: "MalformedPath",
        outcome: "refused",
      });
    });
  }
}

for (const [method, path] of [
  ["POST", "/api/operations"],
  ["POST", "/api/operations/a/b"],
  ["POST", "/api/operations/aliyun.vpc.ConnectRouterInterface/x"],
  ["GET", "/api/nope"],
  ["PUT", "/api"],
] as const) {
  test(`${method} ${path}: JSON 404 NotFound, not Next's HTML page`, async ({ request }) => {
    const response = await request.fetch(path, { method, headers: SAME_ORIGIN, data: "{}" });
    expect(response.status()).toBe(404);
    expect(await errorOf(response)).toMatchObject({
      source: "request",
      code: "NotFound",
      outcome: "refused",
    });
  });
}

test("a method a route does not serve: JSON 405 naming the one it does", async ({ request }) => {
  for (const [path, allow] of [
    ["/api/health", "GET"],
    ["/api/overview", "GET"],
    ["/api/operations/aliyun.vpc.ConnectRouterInterface", "POST"],
  ] as const) {
    const response = await request.fetch(path, {
      method: allow === "GET" ? "POST" : "PUT",
      headers: SAME_ORIGIN,
    });
    expect(response.status(), path).toBe(405);
    expect(response.headers().allow).toBe(allow);
    expect(await errorOf(response)).toMatchObject({ code: "MethodNotAllowed", outcome: "refused" });
  }
});

test("hostile bodies are refused at their field and never reach the cloud", async ({ request, emulator }) => {
  const cleared = await fetch(`${E2E_EMULATOR_URL}/_emulator/requests`, { method: "DELETE" });
  expect(cleared.ok).toBe(true);
  // The issue's own example: a lone surrogate, as JSON text can carry it.
  const surrogate = await request.post("/api/operations/aliyun.vpc.ConnectRouterInterface", {
    headers: SAME_ORIGIN,
    data: '{"region":"cn-hangzhou","input":{"RouterInterfaceId":"ri-\\ud800"}}',
  });
  expect(surrogate.status()).toBe(400);
  expect(await errorOf(surrogate)).toMatchObject({
    source: "validation",
    outcome: "refused",
    fields: [{ path: "input.RouterInterfaceId", message: expect.stringContaining("invalid Unicode") }],
  });

  // The signed-in operator's session cookie, plus the language cookie (an explicit Cookie header replaces the jar).
  const session = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const newline = await request.post("/api/operations/aliyun.vpc.ConnectRouterInterface", {
    headers: { ...SAME_ORIGIN, cookie: `${session}; locale=zh-CN` },
    data: { region: "cn-hangzhou", input: { RouterInterfaceId: "ri-1\r\nX: y" } },
  });
  expect(newline.status()).toBe(400);
  expect(await errorOf(newline)).toMatchObject({
    fields: [{ path: "input.RouterInterfaceId", message: "不允许包含换行符、制表符等控制字符。" }],
  });

  const huge = await request.post("/api/operations/aliyun.vpc.ConnectRouterInterface", {
    headers: SAME_ORIGIN,
    data: `{"region":"cn-hangzhou","input":{"RouterInterfaceId":"ri-1"},"pad":"${"x".repeat(300 * 1024)}"}`,
  });
  expect(huge.status()).toBe(413);
  expect(await errorOf(huge)).toMatchObject({ code: "PayloadTooLarge", outcome: "refused" });

  expect(await emulator.requests()).toEqual([]);
});
