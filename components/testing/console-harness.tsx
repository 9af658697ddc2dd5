import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { vi } from "vitest";
import { ToastProvider } from "@/components/ui/toast";
import { DICTIONARIES } from "@/lib/i18n/catalog";
import { I18nProvider } from "@/lib/i18n/i18n-provider";
import type { Locale } from "@/lib/i18n/locales";
import type { FailureDetail } from "@/lib/queries/operation-failure";
import { createQueryClient } from "@/lib/queries/query-client";

/**
 * Test-only: renders a console component inside the providers the app gives it (app/providers.tsx) — a fresh
 * query client per test, the language's dictionary, the toasts, and the URL's search parameters (`search`, e.g.
 * `?region=cn-shanghai`; written to jsdom's address, so a change the page makes is read back as the browser would).
 */
export function renderInConsole(ui: ReactNode, locale: Locale = "en", search = "") {
  const client = createQueryClient();
  // The URL state reads the browser's address (lib/url-state/query-state.ts): each render starts from `search`.
  window.history.replaceState(null, "", `/${search}`);
  const view = render(
    <QueryClientProvider client={client}>
      <I18nProvider locale={locale} dictionary={DICTIONARIES[locale]}>
        <ToastProvider>{ui}</ToastProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...view, client };
}

export interface OperationCall {
  id: string;
  region: string;
  input: Record<string, unknown>;
}

export type Answer = { result: unknown } | { status: number; error: FailureDetail };

/** A refusal as the proxy route passes an Alibaba Cloud error on. */
export function cloudRefusal(code: string, requestId = "REQ-TEST-1", httpStatus = 400): Answer {
  const error = {
    source: "cloud",
    cloud: "aliyun",
    code,
    message: `${code} (vendor text)`,
    requestId,
    httpStatus,
    outcome: "refused",
  };
  return { status: httpStatus, error: error as FailureDetail };
}

/** Stubs the browser's fetch as the proxy route (`/api/operations/<id>`); returns the calls made, in order. */
export function stubOperations(answer: (call: OperationCall) => Answer): OperationCall[] {
  const calls: OperationCall[] = [];
  vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
    const id = decodeURIComponent(String(url).split("/").pop() ?? "");
    const { region, input } = JSON.parse(String(init?.body ?? "{}")) as Omit<OperationCall, "id">;
    const call = { id, region, input };
    calls.push(call);
    const reply = answer(call);
    return "result" in reply
      ? Response.json({ requestId: "req-ok", result: reply.result })
      : Response.json({ error: reply.error }, { status: reply.status });
  });
  return calls;
}
