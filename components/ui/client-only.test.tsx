// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
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
  render(<Greeting name="a" />);
  expect(await screen.findByText("hello a")).toBeTruthy();
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
