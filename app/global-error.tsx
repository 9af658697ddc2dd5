"use client";

import "./globals.css";

/**
 * Shown only when the root layout itself fails. Next's built-in page says the same (same words, same two actions,
 * English only: the layout that carries the language is what failed), but its inline styles and icon ship ~1.4 kB
 * gzip of JS to the first load of every route; this one is styled by the app's CSS instead (docs/DECISIONS.md).
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const isServerError = Boolean(error.digest);
  return (
    <html lang="en" id="__next_error__">
      <body className="flex min-h-screen items-center justify-center bg-white p-6 text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
        <main className="flex max-w-md flex-col gap-3 rounded-lg border border-neutral-200 p-6 dark:border-neutral-800">
          <h1 className="text-lg font-semibold">This page couldn’t load</h1>
          <p className="text-sm">
            {isServerError
              ? "A server error occurred. Reload to try again."
              : "Reload to try again, or go back."}
          </p>
          <div className="flex gap-2">
            <form>
              <button
                type="submit"
                className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white"
              >
                Reload
              </button>
            </form>
            {!isServerError && (
              <button
                type="button"
                className="rounded-md border border-neutral-300 px-3 py-1.5 text-sm dark:border-neutral-700"
                onClick={() => {
                  // The root layout failed, so the router may be gone: leave through the browser itself.
                  if (window.history.length > 1) window.history.back();
                  else window.location.href = window.location.origin;
                }}
              >
                Back
              </button>
            )}
          </div>
          {error.digest && <p className="font-mono text-xs text-neutral-600">ERROR {error.digest}</p>}
        </main>
      </body>
    </html>
  );
}
