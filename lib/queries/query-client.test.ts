// @vitest-environment jsdom
import { expect, it } from "vitest";
import { createQueryClient } from "./query-client";
import { OperationFailure } from "./operation-failure";

const ended = () =>
  new OperationFailure(401, {
    source: "auth",
    code: "Unauthenticated",
    message: "Sign in to use the console.",
    outcome: "refused",
  });

it("sends a read that found the session ended to sign in, and back to the same view", async () => {
  window.history.replaceState(null, "", "/mirror-sessions?region=cn-beijing");
  const visited: string[] = [];
  const client = createQueryClient((href) => visited.push(href));
  const read = (key: string) =>
    client.fetchQuery({ queryKey: [key], queryFn: () => Promise.reject(ended()), retry: false });
  await Promise.allSettled([read("sessions"), read("overview")]);
  // Once, however many reads failed together.
  expect(visited).toEqual(["/sign-in?next=%2Fmirror-sessions%3Fregion%3Dcn-beijing"]);
});

it("leaves other refusals to the page's error panel", async () => {
  const visited: string[] = [];
  const client = createQueryClient((href) => visited.push(href));
  const forbidden = new OperationFailure(403, {
    source: "auth",
    code: "Forbidden.Role",
    message: "Your role cannot do this.",
    outcome: "refused",
  });
  await client
    .fetchQuery({ queryKey: ["x"], queryFn: () => Promise.reject(forbidden), retry: false })
    .catch(() => undefined);
  expect(visited).toEqual([]);
});

it("keeps a form on screen when its change was refused for the same reason", async () => {
  const visited: string[] = [];
  const client = createQueryClient((href) => visited.push(href));
  await client
    .getMutationCache()
    .build(client, { mutationFn: () => Promise.reject(ended()) })
    .execute(undefined)
    .catch(() => undefined);
  await client
    .fetchQuery({ queryKey: ["after"], queryFn: () => Promise.reject(ended()), retry: false })
    .catch(() => undefined);
  expect(visited).toEqual([]);
});
