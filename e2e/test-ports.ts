/**
 * Where the e2e web server runs: its own ports (so a `npm start` on 3000/8790 keeps running) and its own
 * emulator data dir, wiped at every start.
 */
// Overridable so two checkouts (or two people) can run the suite side by side.
export const E2E_CONSOLE_PORT = Number(process.env.E2E_CONSOLE_PORT ?? 3100);
export const E2E_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 8791);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_CONSOLE_PORT}`;
export const E2E_EMULATOR_URL = `http://127.0.0.1:${E2E_EMULATOR_PORT}`;
export const E2E_EMULATOR_DATA_DIR = process.env.E2E_EMULATOR_DATA_DIR ?? `.data/e2e-${E2E_EMULATOR_PORT}`;
/** The e2e server's console database: inside the emulator data dir, so --fresh-data wipes both. */
export const E2E_CONSOLE_DB_PATH = `${E2E_EMULATOR_DATA_DIR}/console.db`;
