// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { DICTIONARIES } from "@/lib/i18n/catalog";
import { I18nProvider } from "@/lib/i18n/i18n-provider";
import { ConsoleToaster } from "./toaster";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it("lets a confirmation go after a few seconds, keeps a failure until dismissed, and links to the resource", async () => {
  vi.useFakeTimers();
  render(
    <I18nProvider locale="en" dictionary={DICTIONARIES.en}>
      <ConsoleToaster
        queue={[
          {
            id: 1,
            tone: "success",
            text: "Session tms-1 is being created.",
            href: "/mirror-sessions/cn-beijing/tms-1",
          },
          { id: 2, tone: "error", text: "CreateTrafficMirrorSession failed: tms-2" },
        ]}
        onShown={() => undefined}
      />
    </I18nProvider>,
  );
  await act(() => vi.advanceTimersByTimeAsync(100));
  expect(screen.getAllByTestId("toast")).toHaveLength(2);
  expect(screen.getByRole("link", { name: "Open" }).getAttribute("href")).toBe(
    "/mirror-sessions/cn-beijing/tms-1",
  );

  await act(() => vi.advanceTimersByTimeAsync(60_000));
  const left = screen.getAllByTestId("toast");
  expect(left.map((toast) => toast.dataset.tone)).toEqual(["error"]);

  await act(async () => screen.getByRole("button", { name: "Close" }).click());
  await act(() => vi.advanceTimersByTimeAsync(1_000));
  // Dismissed: sonner is taking it away (its exit animation ends the removal).
  const failure = screen.queryByTestId("toast");
  // Gone, or on its way out: never still standing.
  if (failure) expect(failure.closest("li")?.dataset.removed).toBe("true");
});
