/**
 * The recent-requests log behind `GET /_emulator/requests`. It never holds secrets, signatures or
 * parameters: only what an operator needs to see why a call was refused.
 */
export interface RequestLogEntry {
  /** Epoch ms; rendered as ISO text only when the log is read (keeps the hot path cheap). */
  time: number;
  cloud: "aliyun" | "volcengine" | "unknown";
  method: string;
  /** `acs3`, `rpc-v1`, `volc`, or `none` when the request carried no signature. */
  scheme: string;
  action?: string;
  version?: string;
  operationId?: string;
  /** `valid`, `missing`, `malformed`, `unknown-key`, `expired`, `mismatch`, `replayed`. */
  signature: string;
  status: number;
  code?: string;
  durationMs: number;
}

export class RequestLog {
  private readonly entries: RequestLogEntry[] = [];

  constructor(private readonly capacity = 200) {}

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  /** Newest first, times as ISO-8601. */
  recent(limit = this.capacity): Array<Omit<RequestLogEntry, "time"> & { time: string }> {
    return this.entries
      .slice(-limit)
      .reverse()
      .map((e) => ({ ...e, time: new Date(e.time).toISOString() }));
  }

  clear(): void {
    this.entries.length = 0;
  }
}
