// @ts-check

/**
 * A percent-escape that does not decode (`%`, `%zz`, `100%`) or is not UTF-8 (`%ff`, the overlong `%C0%AE`).
 * Next decodes a dynamic segment before any handler runs (`[id]`, `[[...path]]`) and, on a failure, renders a
 * `/400` page an App-Router-only build does not have: the client got a 500 text/plain (vercel/next.js#43303).
 * Rewrites match the raw path, so such a path is sent to a JSON 400 before Next tries to decode it.
 * The pattern lists what a well-formed path is — other characters, or escapes that spell valid UTF-8 — and
 * matches a path that is not; Next compiles rewrite sources case-insensitively. Checked against
 * decodeURIComponent by lib/proxy/malformed-path.test.ts.
 */
const X = "[0-9a-f]";
const TAIL = `%[89ab]${X}`; // continuation byte 80–BF
const UTF8_ESCAPE = [
  `%[0-7]${X}`, // ASCII
  `%c[2-9a-f]${TAIL}`,
  `%d${X}${TAIL}`,
  `%e0%[ab]${X}${TAIL}`, // no overlong 3-byte forms
  `%e[1-9a-c]${TAIL}${TAIL}`,
  `%ed%[89]${X}${TAIL}`, // no surrogates
  `%e[ef]${TAIL}${TAIL}`,
  `%f0%[9ab]${X}${TAIL}${TAIL}`, // no overlong 4-byte forms
  `%f[1-3]${TAIL}${TAIL}${TAIL}`,
  `%f4%8${X}${TAIL}${TAIL}`, // nothing past U+10FFFF
].join("|");
const MALFORMED_ESCAPE = `(?!(?:[^%]|${UTF8_ESCAPE})*$).*`;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build folder lets parallel checkouts/test runs build without overwriting each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before it builds; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  async rewrites() {
    return {
      beforeFiles: [{ source: `/api/:path(${MALFORMED_ESCAPE})`, destination: "/api/malformed-path" }],
      afterFiles: [],
      fallback: [],
    };
  },
};

module.exports = nextConfig;
