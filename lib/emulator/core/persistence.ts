import { mkdirSync, readFileSync } from "node:fs";
import { mkdir, open, rename } from "node:fs/promises";
import { join } from "node:path";
import { stringifyChunked } from "./chunked-json";

/** Where the world is kept between runs. */
export interface StateStore {
  load(): unknown;
  /** Schedules a write of `snapshot()`; cheap to call after every change. */
  schedule(snapshot: () => unknown): void;
  /** Resolves once everything scheduled so far is on disk. */
  flush(): Promise<void>;
}

/** For tests that do not care about disk. Snapshots lazily: a restart from it sees the latest state. */
export class MemoryStore implements StateStore {
  private latest: (() => unknown) | undefined;
  writes = 0;
  load(): unknown {
    return this.latest === undefined ? undefined : structuredClone(this.latest());
  }
  schedule(snapshot: () => unknown): void {
    this.latest = snapshot;
    this.writes += 1;
  }
  async flush(): Promise<void> {}
}

/**
 * `<dir>/state.json`, written atomically: a temp file in the same folder, then rename(2), so a crash leaves either
 * the old or the new file, never half of one.
 *
 * Coalescing: every change schedules a write; changes in the same tick share one, and while a write is in flight
 * later changes only mark the store dirty — one more write follows. Serialising yields every millisecond
 * (chunked-json.ts), and the next write waits at least 19× the previous one's serialising time (and `minGapMs`),
 * so persistence takes at most ~5% of the CPU however large the world grows. Small worlds are on disk within a
 * tick; a 25k-entry benchmark world within about two seconds. `flush()` (shutdown, reset, tests) waits for all of it.
 */
const RETRY_MS = 1_000;

export class FileStore implements StateStore {
  private readonly file: string;
  private snapshot: (() => unknown) | undefined;
  private dirty = false;
  private running: Promise<void> | undefined;
  private nextAllowedAt = 0;
  private urgent = false;
  private lastError: unknown;
  writes = 0;

  constructor(
    private readonly dir: string,
    private readonly minGapMs = 0,
  ) {
    this.file = join(dir, "state.json");
  }

  load(): unknown {
    mkdirSync(this.dir, { recursive: true });
    try {
      return JSON.parse(readFileSync(this.file, "utf8"));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      // Refuse to start rather than silently overwrite a world we cannot read.
      throw new Error(`emulator state at ${this.file} is unreadable: ${(error as Error).message}`);
    }
  }

  schedule(snapshot: () => unknown): void {
    this.snapshot = snapshot;
    this.dirty = true;
    if (!this.running) this.running = this.drain();
  }

  /** Waits for every scheduled write; rejects when the latest change could not be written. */
  async flush(): Promise<void> {
    this.urgent = true;
    try {
      while (this.running) await this.running;
    } finally {
      this.urgent = false;
    }
    if (this.dirty && this.lastError) throw this.lastError;
  }

  private async drain(): Promise<void> {
    try {
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.dirty && this.snapshot) {
        const wait = this.nextAllowedAt - performance.now();
        if (wait > 0 && !this.urgent) await new Promise<void>((resolve) => setTimeout(resolve, wait));
        this.dirty = false;
        const busy = await this.write(this.snapshot);
        this.lastError = undefined;
        this.nextAllowedAt = performance.now() + Math.max(this.minGapMs, 19 * busy);
      }
    } catch (error) {
      // Disk full, permissions…: keep serving and keep the change; try again in a second. Nothing awaits this
      // promise outside flush(), so a rejection here would take the whole emulator down.
      this.dirty = true;
      this.lastError = error;
      console.error(`emulator: could not save state to ${this.file} (${(error as Error).message}); retrying`);
      if (!this.urgent)
        setTimeout(() => {
          if (!this.running && this.dirty) this.running = this.drain();
        }, RETRY_MS).unref();
    } finally {
      this.running = undefined;
    }
  }

  /** Writes one snapshot; returns the milliseconds spent on the main thread serialising it. */
  private async write(snapshot: () => unknown): Promise<number> {
    const tmp = `${this.file}.${process.pid}.tmp`;
    await mkdir(this.dir, { recursive: true });
    const handle = await open(tmp, "w");
    let busy = 0;
    try {
      const t0 = performance.now();
      const value = snapshot();
      busy = performance.now() - t0;
      busy += await stringifyChunked(value, async (part) => {
        await handle.write(part);
      });
    } finally {
      await handle.close();
    }
    await rename(tmp, this.file);
    this.writes += 1;
    return busy;
  }
}
