// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, expect, it, vi } from "vitest";
import { clientOnly } from "./client-only";

afterEach(cleanup);

const Loading = () => <p>loading</p>;

function deferred() {
  let resolve!: (component: (props: { name: string }) => React.ReactNode) => void;
  const promise = new Promise<(props: { name: string }) => React.ReactNode>((done) => (resolve = done));
  return { promise, resolve };
}

it("renders only the placeholder on the server and never fetches the code there", () => {
  const load = vi.fn(() => deferred().promise);
  const Greeting = clientOnly(load, { loading: Loading });
  expect(renderToString(<Greeting name="ri-1" />)).toBe("<p>loading</p>");
  expect(load).not.toHaveBeenCalled();
});

it("hydrates the server's placeholder without a mismatch, then shows the component once its code arrives", async () => {
  const code = deferred();
  const Greeting = clientOnly(() => code.promise, { loading: Loading });
  const container = document.createElement("div");
  container.innerHTML = renderToString(<Greeting name="ri-1" />);
  document.body.append(container);
  const recoverable = vi.fn();
  await act(async () => {
    hydrateRoot(container, <Greeting name="ri-1" />, { onRecoverableError: recoverable });
  });
  expect(container.textContent).toBe("loading");
  await act(async () => code.resolve(({ name }) => <p>hello {name}</p>));
  expect(container.textContent).toBe("hello ri-1");
  expect(recoverable).not.toHaveBeenCalled();
  container.remove();
});

it("fetches the code once for every instance and renders without a placeholder after that", async () => {
  const Hello = ({ name }: { name: string }) => <p>hello {name}</p>;
  const load = vi.fn(async () => Hello);
  const Greeting = clientOnly(load);
  await act(async () => {
    render(<Greeting name="a" />);
  });
  expect(screen.getByText("hello a")).toBeTruthy();
  cleanup();
  render(
    <>
      <Greeting name="b" />
      <Greeting name="c" />
    </>,
  );
  expect(screen.getByText("hello b")).toBeTruthy();
  expect(screen.getByText("hello c")).toBeTruthy();
  expect(load).toHaveBeenCalledTimes(1);
});

it("renders preloaded code in its first commit, without showing the placeholder at all", async () => {
  const Hello = ({ name }: { name: string }) => <p>hello {name}</p>;
  const placeholder = vi.fn(() => <p>loading</p>);
  const Greeting = clientOnly(async () => Hello, { loading: placeholder });
  Greeting.preload();
  await Promise.resolve(); // the code arrives before the component is first shown
  await Promise.resolve();
  render(<Greeting name="a" />);
  // Synchronously after the first render: a suspension (React.lazy's first render) would show "loading" here and
  // reveal the component later — up to 300 ms later in React 19.
  expect(screen.getByText("hello a")).toBeTruthy();
  expect(placeholder).not.toHaveBeenCalled();
});

it("keeps a shown component's state when its parent renders again after the code arrived", async () => {
  const code = deferred();
  const Greeting = clientOnly(() => code.promise, { loading: Loading });
  const { rerender } = await act(async () => render(<Greeting name="a" />));
  await act(async () =>
    code.resolve(function Counter({ name }) {
      const [count, setCount] = useState(0);
      return (
        <button type="button" onClick={() => setCount(count + 1)}>
          {name} {count}
        </button>
      );
    }),
  );
  fireEvent.click(screen.getByRole("button"));
  rerender(<Greeting name="b" />);
  expect(screen.getByRole("button").textContent).toBe("b 1");
});

it("keeps lazy for an instance hydrated with the page, so its reveal is not folded into hydration's commit", async () => {
  const Hello = ({ name }: { name: string }) => <p>hello {name}</p>;
  const Greeting = clientOnly(async () => Hello, { loading: Loading });
  Greeting.preload();
  await Promise.resolve();
  await Promise.resolve();
  const container = document.createElement("div");
  container.innerHTML = renderToString(<Greeting name="ri-1" />);
  document.body.append(container);
  act(() => {
    hydrateRoot(container, <Greeting name="ri-1" />);
  });
  // Hydration and its client-side pass committed the placeholder; the component comes in a later render.
  expect(container.textContent).toBe("loading");
  await act(async () => undefined);
  expect(container.textContent).toBe("hello ri-1");
  container.remove();
});

it("tries a failed download again when the component is next shown", async () => {
  const Hello = ({ name }: { name: string }) => <p>hello {name}</p>;
  const load = vi
    .fn<() => Promise<typeof Hello>>()
    .mockRejectedValueOnce(new Error("chunk failed"))
    .mockResolvedValue(Hello);
  const Greeting = clientOnly(load, { loading: Loading });
  Greeting.preload(); // fails, without an unhandled rejection
  await Promise.resolve();
  await Promise.resolve();
  await act(async () => {
    render(<Greeting name="a" />);
  });
  expect(screen.getByText("hello a")).toBeTruthy();
  expect(load).toHaveBeenCalledTimes(2);
});
