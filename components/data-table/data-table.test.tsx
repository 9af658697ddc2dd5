// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, expect, it } from "vitest";
import { renderInConsole } from "@/components/testing/console-harness";
import type { Column } from "./columns";
import { DataTable } from "./data-table";
import { useTableUrl } from "./use-table-url";

afterEach(cleanup);

interface Item {
  id: string;
  name: string;
  size: number;
  status: string;
}

const ITEMS: Item[] = [
  { id: "x-1", name: "alpha", size: 10, status: "Idle" },
  { id: "x-2", name: "beta", size: 2, status: "Active" },
  { id: "x-3", name: "gamma", size: 30, status: "Idle" },
];
const COLUMNS: Column<Item>[] = [
  { id: "name", header: "Name", sortValue: (i) => i.name, cell: (i) => i.name },
  { id: "size", header: "Size", sortValue: (i) => i.size, cell: (i) => i.size },
  { id: "status", header: "Status", sortValue: (i) => i.status, cell: (i) => i.status },
];

function Harness({ rows = ITEMS, loading = false, max }: { rows?: Item[]; loading?: boolean; max?: number }) {
  const url = useTableUrl({
    statuses: ["Idle", "Active"],
    sortable: ["name", "size", "status"],
    defaultSort: { id: "name", desc: false },
  });
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <DataTable
      caption="Things"
      rows={loading ? undefined : rows}
      columns={COLUMNS}
      rowId={(i) => i.id}
      rowAttributes={(i) => ({ "data-id": i.id })}
      searchText={(i) => `${i.id} ${i.name}`}
      statusOf={(i) => i.status}
      statuses={["Idle", "Active"]}
      url={url}
      emptyText="No things yet."
      selection={{ selected, onChange: setSelected, canSelect: (i) => i.status === "Idle", max }}
    />
  );
}

const shownIds = () =>
  [...document.querySelectorAll("tbody tr[data-id]")].map((tr) => tr.getAttribute("data-id"));

it("sorts by a column both ways and says so with aria-sort", async () => {
  const user = userEvent.setup();
  renderInConsole(<Harness />);
  expect(shownIds()).toEqual(["x-1", "x-2", "x-3"]);
  const size = screen.getByRole("columnheader", { name: /Size/ });
  expect(size.getAttribute("aria-sort")).toBe("none");
  await user.click(within(size).getByRole("button"));
  expect(size.getAttribute("aria-sort")).toBe("ascending");
  expect(shownIds()).toEqual(["x-2", "x-1", "x-3"]); // 2 < 10 < 30: numbers, not text
  await user.click(within(size).getByRole("button"));
  expect(size.getAttribute("aria-sort")).toBe("descending");
  expect(shownIds()).toEqual(["x-3", "x-1", "x-2"]);
});

it("narrows by status and free text over ids and names, and clears both", async () => {
  const user = userEvent.setup();
  renderInConsole(<Harness />, "en", "?status=Idle");
  expect(shownIds()).toEqual(["x-1", "x-3"]);
  expect(screen.getByTestId("table-count").textContent).toBe("2 of 3");
  await user.type(screen.getByRole("searchbox", { name: "Search Things" }), "GAM");
  expect(shownIds()).toEqual(["x-3"]);
  await user.clear(screen.getByRole("searchbox", { name: "Search Things" }));
  await user.type(screen.getByRole("searchbox", { name: "Search Things" }), "x-2");
  expect(shownIds()).toEqual([]);
  expect(screen.getByText("Nothing matches these filters.")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Clear filters" }));
  expect(shownIds()).toEqual(["x-1", "x-2", "x-3"]);
});

it("reads a malformed URL as the defaults", () => {
  renderInConsole(<Harness />, "en", "?status=Nope&sort=-bogus&q=");
  expect(shownIds()).toEqual(["x-1", "x-2", "x-3"]);
  expect((screen.getByLabelText("Status") as HTMLSelectElement).value).toBe("");
  expect(screen.getByRole("columnheader", { name: /Name/ }).getAttribute("aria-sort")).toBe("ascending");
});

it("shows skeleton rows while loading and the kind's own words when empty", () => {
  const view = renderInConsole(<Harness loading />);
  expect(document.querySelectorAll("tr[data-skeleton]")).toHaveLength(5);
  expect(screen.getByRole("table").getAttribute("aria-busy")).toBe("true");
  view.unmount();
  renderInConsole(<Harness rows={[]} />);
  expect(screen.getByText("No things yet.")).toBeTruthy();
});

it("selects only selectable rows, up to the bulk action's limit", async () => {
  const user = userEvent.setup();
  renderInConsole(<Harness max={1} />);
  expect((screen.getByRole("checkbox", { name: "Select x-2" }) as HTMLInputElement).disabled).toBe(true);
  await user.click(screen.getByRole("checkbox", { name: "Select x-1" }));
  expect(screen.getByText("1 selected")).toBeTruthy();
  expect((screen.getByRole("checkbox", { name: "Select x-3" }) as HTMLInputElement).disabled).toBe(true);
  await user.click(screen.getByRole("checkbox", { name: "Select x-1" }));
  expect((screen.getByRole("checkbox", { name: "Select x-3" }) as HTMLInputElement).disabled).toBe(false);
});
