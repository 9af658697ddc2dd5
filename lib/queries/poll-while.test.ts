import { describe, expect, it } from "vitest";
import { MAX_POLLS, pollWhile } from "./poll-while";

describe("pollWhile", () => {
  const interval = pollWhile<{ status: string }>((d) => d.status === "Creating");
  const query = (status: string | undefined, dataUpdatedAt: number) => ({
    state: { data: status === undefined ? undefined : { status }, dataUpdatedAt },
  });

  it("backs off only when new data arrives, and stops once settled", () => {
    const q = query("Creating", 1);
    expect(interval(q)).toBe(1000);
    // A re-render re-evaluates without new data: same interval.
    expect(interval(q)).toBe(1000);
    q.state.dataUpdatedAt = 2;
    expect(interval(q)).toBe(1500);
    q.state.dataUpdatedAt = 3;
    expect(interval(q)).toBe(2250);
    q.state = { data: { status: "Active" }, dataUpdatedAt: 4 };
    expect(interval(q)).toBe(false);
    // The next transition starts fast again.
    q.state = { data: { status: "Creating" }, dataUpdatedAt: 5 };
    expect(interval(q)).toBe(1000);
  });

  it("does not poll before there is data", () => {
    expect(interval(query(undefined, 0))).toBe(false);
  });

  it("gives up after maxPolls reads in flight, and counts reads, not renders", () => {
    const limited = pollWhile<{ status: string }>((d) => d.status === "Creating", { maxPolls: MAX_POLLS });
    const q = query("Creating", 0);
    for (let read = 0; read < MAX_POLLS; read++) {
      q.state.dataUpdatedAt = read;
      expect(limited(q), `read ${read}`).not.toBe(false);
      expect(limited(q), `read ${read}, asked again`).not.toBe(false);
    }
    q.state.dataUpdatedAt = MAX_POLLS;
    expect(limited(q)).toBe(false);
    // Settling and moving again is a new transition with a fresh allowance.
    q.state = { data: { status: "Active" }, dataUpdatedAt: MAX_POLLS + 1 };
    expect(limited(q)).toBe(false);
    q.state = { data: { status: "Creating" }, dataUpdatedAt: MAX_POLLS + 2 };
    expect(limited(q)).toBe(1000);
  });

  it("gives a row that starts moving a fresh allowance although another row is stuck", () => {
    type Rows = { id: string; status: string }[];
    const moving = (rows: Rows) => rows.filter((r) => r.status === "Connecting");
    const limited = pollWhile<Rows>((rows) => moving(rows).length > 0, {
      maxPolls: MAX_POLLS,
      inFlightKey: (rows) =>
        moving(rows)
          .map((r) => `${r.id}:${r.status}`)
          .join(","),
    });
    const stuck = { id: "ri-1", status: "Connecting" };
    const q: { state: { data: Rows | undefined; dataUpdatedAt: number } } = {
      state: { data: [stuck], dataUpdatedAt: 0 },
    };
    for (let read = 0; read < MAX_POLLS; read++) {
      q.state.dataUpdatedAt = read;
      expect(limited(q)).not.toBe(false);
    }
    q.state.dataUpdatedAt = MAX_POLLS;
    expect(limited(q)).toBe(false);
    // The operator connects another interface: the refetch shows it moving, so polling resumes from ~1 s.
    q.state = { data: [stuck, { id: "ri-2", status: "Connecting" }], dataUpdatedAt: MAX_POLLS + 1 };
    expect(limited(q)).toBe(1000);
    // The same rows still moving on the next read: counted as before.
    q.state = { data: [stuck, { id: "ri-2", status: "Connecting" }], dataUpdatedAt: MAX_POLLS + 2 };
    expect(limited(q)).not.toBe(false);
  });
});
