// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DICTIONARIES } from "@/lib/i18n/catalog";
import { I18nProvider } from "@/lib/i18n/i18n-provider";
import type { Locale } from "@/lib/i18n/locales";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { QueueCancelledError } from "@/lib/data/ga-destinations/change-ticket";
import { AddDestinationsForm } from "./add-destinations-form";
import type { AddDestinationsValues } from "./destination-rows";

afterEach(cleanup);

type Submit = (values: AddDestinationsValues) => Promise<void>;

function renderForm(onSubmit: Submit = vi.fn(async () => undefined), locale: Locale = "en") {
  render(
    <I18nProvider locale={locale} dictionary={DICTIONARIES[locale]}>
      <AddDestinationsForm groupId="epg-1" onSubmit={onSubmit} onResend={vi.fn()} />
    </I18nProvider>,
  );
  return { onSubmit, user: userEvent.setup() };
}

const row = (n: number) => screen.getByRole("group", { name: `Destination ${n}` });

async function fillRow(
  user: ReturnType<typeof userEvent.setup>,
  n: number,
  from: string,
  to: string,
  udp = false,
) {
  const r = row(n);
  await user.type(within(r).getByLabelText("From port"), from);
  await user.type(within(r).getByLabelText("To port"), to);
  if (udp) await user.click(within(r).getByRole("checkbox", { name: "UDP" }));
}

describe("AddDestinationsForm", () => {
  // The form shows refusals through LazyErrorPanel, whose chunk pulls in the whole catalog; loading it once here
  // keeps that one-time cost (seconds on a busy CI machine) out of the findBy timeouts below.
  beforeAll(() => import("@/components/ui/error-panel"), 60_000);

  it("sends the rows as the catalog input, both protocols in canonical order, then starts over", async () => {
    const { onSubmit, user } = renderForm();
    await user.click(within(row(1)).getByRole("checkbox", { name: "UDP" }));
    await user.click(within(row(1)).getByRole("checkbox", { name: "TCP" }));
    await user.click(within(row(1)).getByRole("checkbox", { name: "TCP" }));
    await fillRow(user, 1, "80", "90");
    await user.click(screen.getByRole("button", { name: "Add a row" }));
    await fillRow(user, 2, "443", "443");
    await user.click(screen.getByRole("button", { name: "Add destinations" }));

    expect(onSubmit).toHaveBeenCalledWith({
      EndpointGroupId: "epg-1",
      DestinationConfigurations: [
        { Protocols: ["TCP", "UDP"], FromPort: 80, ToPort: 90 },
        { Protocols: ["TCP"], FromPort: 443, ToPort: 443 },
      ],
      DryRun: undefined,
    });
    expect(await screen.findByText("1 of at most 20 rows")).toBeTruthy();
    expect((within(row(1)).getByLabelText("From port") as HTMLInputElement).value).toBe("");
  });

  it("refuses overlapping ranges of one protocol, naming the rows, and sends nothing", async () => {
    const { onSubmit, user } = renderForm();
    await fillRow(user, 1, "1000", "2000");
    await user.click(screen.getByRole("button", { name: "Add a row" }));
    await fillRow(user, 2, "3000", "3000");
    await user.click(screen.getByRole("button", { name: "Add a row" }));
    await fillRow(user, 3, "1500", "1600");
    await user.click(screen.getByRole("button", { name: "Add destinations" }));

    expect((await screen.findByTestId("overlap-summary")).textContent).toContain("Rows 1 and 3 overlap");
    expect(within(row(1)).getByText(/overlaps another row/)).toBeTruthy();
    expect(within(row(3)).getByText(/overlaps another row/)).toBeTruthy();
    expect(within(row(2)).queryByText(/overlaps another row/)).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("checks each row: port range, order and at least one protocol", async () => {
    const { onSubmit, user } = renderForm();
    await fillRow(user, 1, "65500", "10");
    await user.click(within(row(1)).getByRole("checkbox", { name: "TCP" }));
    await user.click(screen.getByRole("button", { name: "Add destinations" }));
    expect(await within(row(1)).findByText("A port must be an integer from 1 to 65499.")).toBeTruthy();
    expect(within(row(1)).getByText("Choose TCP, UDP or both.")).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(within(row(1)).getByLabelText("From port"));
    await user.type(within(row(1)).getByLabelText("From port"), "20");
    await user.click(within(row(1)).getByRole("checkbox", { name: "UDP" }));
    await user.click(screen.getByRole("button", { name: "Add destinations" }));
    expect(await within(row(1)).findByText("The last port must not be lower than the first.")).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("offers at most 20 rows and at least one", async () => {
    const { user } = renderForm();
    expect(
      (within(row(1)).getByRole("button", { name: "Remove destination 1" }) as HTMLButtonElement).disabled,
    ).toBe(true);
    const add = screen.getByRole("button", { name: "Add a row" }) as HTMLButtonElement;
    for (let i = 0; i < 19; i++) await user.click(add);
    expect(screen.getAllByRole("group", { name: /^Destination \d+$/ })).toHaveLength(20);
    expect(add.disabled).toBe(true);
    expect(screen.getByText(/20 rows is the most one request takes/)).toBeTruthy();

    await user.click(within(row(20)).getByRole("button", { name: "Remove destination 20" }));
    expect(add.disabled).toBe(false);
    expect(document.activeElement).toBe(add);
  });

  it("keeps every row after a refusal, shows the vendor's code and RequestId, and marks the field the code names", async () => {
    const refusal = new OperationFailure(400, {
      source: "cloud",
      cloud: "aliyun",
      code: "NotExist.EndPointGroup",
      message: "endpoint group epg-1 is not exist",
      requestId: "REQ-42",
      httpStatus: 400,
      outcome: "refused",
    });
    const { user } = renderForm(vi.fn(async () => Promise.reject(refusal)));
    await fillRow(user, 1, "80", "80");
    await user.click(screen.getByRole("button", { name: "Add destinations" }));

    const panel = await screen.findByTestId("error-panel");
    expect(within(panel).getByTestId("error-code").textContent).toBe("NotExist.EndPointGroup");
    expect(within(panel).getByTestId("error-request-id").textContent).toBe("REQ-42");
    expect(screen.getByText("The endpoint group does not exist. (NotExist.EndPointGroup)")).toBeTruthy();
    expect((within(row(1)).getByLabelText("From port") as HTMLInputElement).value).toBe("80");
  });

  it("puts a refusal about the ranges above the rows", async () => {
    const conflict = new OperationFailure(400, {
      source: "cloud",
      cloud: "aliyun",
      code: "Conflict.PortRange",
      message: "The port range 80-80 overlaps destination dst-1 (80-81) of the endpoint group.",
      requestId: "REQ-7",
      httpStatus: 400,
      outcome: "refused",
    });
    const { user } = renderForm(vi.fn(async () => Promise.reject(conflict)));
    await fillRow(user, 1, "80", "80");
    await user.click(screen.getByRole("button", { name: "Add destinations" }));
    expect(
      await screen.findByText(
        "A port range overlaps a destination this endpoint group already has for the same protocol. (Conflict.PortRange)",
      ),
    ).toBeTruthy();
    expect(screen.getByText(/overlaps destination dst-1/)).toBeTruthy();

    // The panel belongs to the request that caused it: once the ports change, it speaks of values gone from screen.
    await user.clear(within(row(1)).getByLabelText("From port"));
    await user.type(within(row(1)).getByLabelText("From port"), "100");
    expect(screen.queryByTestId("error-panel")).toBeNull();
    expect(screen.queryByText(/overlaps destination dst-1/)).toBeNull();
  });

  it("reports a dry run that passed, and a queued request that was cancelled, keeping the rows", async () => {
    const dryRunPassed = new OperationFailure(400, {
      source: "cloud",
      cloud: "aliyun",
      code: "DryRunOperation",
      message: "Request validation has been passed with DryRun flag set.",
      requestId: "REQ-1",
      httpStatus: 400,
      outcome: "refused",
    });
    const onSubmit = vi
      .fn<Submit>()
      .mockRejectedValueOnce(dryRunPassed)
      .mockRejectedValueOnce(new QueueCancelledError());
    const { user } = renderForm(onSubmit);
    await fillRow(user, 1, "80", "80");
    await user.click(screen.getByRole("button", { name: "Validate" }));
    expect(await screen.findByText("Validation passed: nothing was created.")).toBeTruthy();
    expect(onSubmit.mock.calls[0]?.[0].DryRun).toBe(true);

    await user.click(screen.getByRole("button", { name: "Add destinations" }));
    expect(await screen.findByText("Cancelled: nothing was sent.")).toBeTruthy();
    expect((within(row(1)).getByLabelText("From port") as HTMLInputElement).value).toBe("80");
  });

  it("speaks Chinese", async () => {
    const { user } = renderForm(undefined, "zh-CN");
    await user.click(screen.getByRole("button", { name: "添加映射" }));
    expect(await screen.findAllByText("请输入数字。")).toHaveLength(2);
    expect(screen.getByRole("group", { name: "映射 1" })).toBeTruthy();
  });
});
