// Intentionally empty: stands in for the `server-only` guard when vitest runs server code.
