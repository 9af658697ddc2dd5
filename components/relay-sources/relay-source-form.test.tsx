// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DICTIONARIES } from "@/lib/i18n/catalog";
import { I18nProvider } from "@/lib/i18n/i18n-provider";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { blankFormValues, configToFormValues, type RelayFormValues } from "./relay-form-rows";
import type { RelayInput } from "./relay-form-values";
import { RelaySourceForm } from "./relay-source-form";

afterEach(cleanup);

function renderForm(
  initialValues: RelayFormValues,
  onSubmit: (input: RelayInput) => Promise<void>,
  isEdit = false,
) {
  render(
    <I18nProvider locale="en" dictionary={DICTIONARIES.en}>
      <RelaySourceForm
        initialValues={initialValues}
        isEdit={isEdit}
        onSubmit={onSubmit}
        onNew={() => undefined}
      />
    </I18nProvider>,
  );
  return userEvent.setup();
}

const group = (n: number) => screen.getByRole("group", { name: `Group ${n}` });
const origin = (g: HTMLElement, n: number) => within(g).getByRole("group", { name: `Origin ${n}` });

describe("RelaySourceForm", () => {
  // The form shows refusals through LazyErrorPanel, whose chunk pulls in the whole catalog; loading it once here
  // keeps that one-time cost (seconds on a busy CI machine) out of the findBy timeouts below.
  beforeAll(() => import("@/components/ui/error-panel"), 60_000);

  it("refuses an App with a space and an unchosen protocol without calling onSubmit", async () => {
    const onSubmit = vi.fn(async () => undefined);
    const user = renderForm(blankFormValues("push.example.com"), onSubmit);
    await user.type(screen.getByLabelText("App"), "my app");
    await user.type(within(group(1)).getByLabelText("Group name"), "relay1");
    await user.type(within(origin(group(1), 1)).getByLabelText("Origin address"), "origin.example.com");
    await user.click(screen.getByRole("button", { name: "Save configuration" }));
    expect(await screen.findByText(/App names are 1–30 letters/)).toBeTruthy();
    expect(screen.getByText("Protocol must be rtmp or flv (lowercase).")).toBeTruthy();
    expect(screen.getByLabelText("App").getAttribute("aria-invalid")).toBe("true");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("builds groups, origins and parameters with the keyboard-usable buttons and submits the catalog body", async () => {
    const onSubmit = vi.fn(async (input: RelayInput) => void input);
    const user = renderForm(blankFormValues("push.example.com"), onSubmit);
    await user.type(screen.getByLabelText("App"), "live");
    await user.type(within(group(1)).getByLabelText("Group name"), " relay1 ");
    await user.selectOptions(within(origin(group(1), 1)).getByLabelText("Protocol"), "rtmp");
    await user.type(within(origin(group(1), 1)).getByLabelText("Origin address"), "origin.example.com:1935");
    await user.click(within(origin(group(1), 1)).getByRole("button", { name: "+ Add parameter" }));
    // Appending focuses the new row's first input.
    expect(document.activeElement).toBe(within(origin(group(1), 1)).getByLabelText("Name"));
    await user.keyboard("domain");
    await user.type(within(origin(group(1), 1)).getByLabelText("Value"), "live.push.net");
    await user.click(within(group(1)).getByRole("button", { name: "+ Add origin" }));
    await user.selectOptions(within(origin(group(1), 2)).getByLabelText("Protocol"), "flv");
    await user.type(within(origin(group(1), 2)).getByLabelText("Origin address"), "10.0.0.8");
    await user.click(screen.getByRole("button", { name: "+ Add group" }));
    await user.type(within(group(2)).getByLabelText("Group name"), "relay2");
    await user.click(within(group(2)).getByRole("button", { name: "Remove group 2" }));
    await user.click(screen.getByRole("button", { name: "Save configuration" }));
    expect(onSubmit).toHaveBeenCalledWith({
      Vhost: "push.example.com",
      App: "live",
      GroupDetails: [
        {
          Group: "relay1",
          Servers: [
            {
              RelaySourceProtocol: "rtmp",
              RelaySourceDomain: "origin.example.com:1935",
              RelaySourceParams: { domain: "live.push.net" },
            },
            { RelaySourceProtocol: "flv", RelaySourceDomain: "10.0.0.8" },
          ],
        },
      ],
    });
  });

  it("keeps every field after a refusal and shows the vendor code, message and RequestId (Live's CommonErr, HTTP 200)", async () => {
    const failure = new OperationFailure(502, {
      source: "cloud",
      cloud: "volcengine",
      code: "CommonErr",
      message: "unclassified error",
      requestId: "20240115080000CAFE",
      httpStatus: 200,
      outcome: "unknown",
    });
    const onSubmit = vi.fn(async () => Promise.reject(failure));
    const values = configToFormValues({
      Vhost: "push.example.com",
      App: "live",
      GroupDetails: [
        { Group: "relay1", Servers: [{ RelaySourceProtocol: "rtmp", RelaySourceDomain: "a.example.com" }] },
      ],
    });
    const user = renderForm(values, onSubmit, true);
    expect(screen.getByRole("heading", { name: "Update app live" })).toBe(document.activeElement);
    const address = within(origin(group(1), 1)).getByLabelText("Origin address") as HTMLInputElement;
    await user.clear(address);
    await user.type(address, "b.example.com:1935");
    await user.click(screen.getByRole("button", { name: "Save configuration" }));
    const panel = await screen.findByTestId("error-panel");
    expect(within(panel).getByTestId("error-code").textContent).toBe("CommonErr");
    expect(within(panel).getByTestId("error-request-id").textContent).toBe("20240115080000CAFE");
    expect(panel.textContent).toContain("unclassified error");
    // An unclear outcome is said once: it may have been applied; the vendor's words are the details.
    expect(panel.textContent).toContain(
      "The request may have been applied. Check the resource before trying again.",
    );
    expect(panel.textContent).not.toContain("refused");
    expect(address.value).toBe("b.example.com:1935");
    expect((screen.getByLabelText("App") as HTMLInputElement).value).toBe("live");
  });
});
