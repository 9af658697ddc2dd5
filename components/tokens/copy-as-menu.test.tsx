// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderInConsole } from "@/components/testing/console-harness";
import { deactivateRouterInterface } from "@/lib/operations/vpc/deactivate-router-interface";
import { CopyAsMenu } from "./copy-as-menu";
import { ConsoleUrlProvider } from "./console-url";

afterEach(cleanup);

/** What a person sees after picking a format from the menu: the dialog's snippet, or why there is none. */
async function pick(values: unknown, format: RegExp, locale: "en" | "zh-CN" = "en", consoleUrl?: string) {
  const user = userEvent.setup();
  const writeText = vi.fn(async () => {});
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  const menu = <CopyAsMenu op={deactivateRouterInterface} region="cn-shanghai" values={() => values} />;
  renderInConsole(
    consoleUrl ? <ConsoleUrlProvider url={consoleUrl}>{menu}</ConsoleUrlProvider> : menu,
    locale,
  );
  await user.click(screen.getByRole("button", { name: /DeactivateRouterInterface/ }));
  await user.click(await screen.findByRole("menuitem", { name: format }));
  return { dialog: await screen.findByRole("dialog"), writeText };
}

describe("Copy as…", () => {
  it("copies and shows the CLI for the form's values, with the API reference beside the menu", async () => {
    const { dialog, writeText } = await pick({ RouterInterfaceId: "ri-uf6a" }, /Vendor CLI/);
    const text = screen.getByTestId("copy-as-snippet").textContent!;
    expect(text).toContain("aliyun vpc DeactivateRouterInterface");
    expect(text).toContain("--RegionId cn-shanghai");
    expect(text).toContain("--RouterInterfaceId ri-uf6a");
    expect(writeText).toHaveBeenCalledWith(text);
    expect(dialog.textContent).toContain("DeactivateRouterInterface as Vendor CLI");
    expect(screen.getByTestId("api-reference").getAttribute("href")).toBe(
      "https://api.aliyun.com/document/Vpc/2016-04-28/DeactivateRouterInterface",
    );
  });

  it("points curl at the configured public origin, not the address this browser used", async () => {
    expect(window.location.origin).not.toBe("https://console.example.com");
    await pick({ RouterInterfaceId: "ri-uf6a" }, /curl/, "en", "https://console.example.com");
    const text = screen.getByTestId("copy-as-snippet").textContent!;
    expect(text).toContain("https://console.example.com/api/operations/aliyun.vpc.DeactivateRouterInterface");
    expect(text).not.toContain(window.location.origin);
  });

  it("says when no Terraform resource performs the operation", async () => {
    await pick({ RouterInterfaceId: "ri-uf6a" }, /Terraform/);
    expect(screen.getByTestId("copy-as-snippet").textContent).toContain(
      "Terraform calls it when destroying an alicloud_router_interface_connection resource.",
    );
  });

  it("refuses to make a snippet of values the console would refuse, and copies nothing", async () => {
    const { dialog, writeText } = await pick({ RouterInterfaceId: "not-an-id" }, /curl/, "zh-CN");
    expect(dialog.textContent).toContain("请先正确填写表单");
    expect(screen.queryByTestId("copy-as-snippet")).toBeNull();
    expect(writeText).not.toHaveBeenCalled();
  });
});
