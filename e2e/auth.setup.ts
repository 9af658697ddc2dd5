import { expect, test as setup } from "@playwright/test";
import { E2E_PASSWORD, E2E_PEOPLE, usersCli } from "./auth-state";

// Runs before the journeys (a Playwright setup project): adds the people with the users command line, signs each
// in through the real sign-in endpoint and saves the session cookie for the specs to reuse.
for (const person of Object.values(E2E_PEOPLE)) {
  setup(`sign in as the ${person.role}`, async ({ request, baseURL }) => {
    usersCli(["add", person.email, "--role", person.role, "--password-stdin"], E2E_PASSWORD);
    const response = await request.post("/api/auth/sign-in/email", {
      headers: { origin: baseURL! },
      data: { email: person.email, password: E2E_PASSWORD },
    });
    expect(response.status()).toBe(200);
    await request.storageState({ path: person.state });
  });
}
