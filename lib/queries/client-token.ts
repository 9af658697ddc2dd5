/**
 * ClientToken per submit attempt (issue #5): a retry of the same attempt — same input after a transient
 * failure — reuses the token so the cloud deduplicates it; anything else starts a new attempt.
 */
export class AttemptTokens {
  private last: { input: string; token: string } | null = null;

  constructor(private readonly newToken: () => string = () => crypto.randomUUID()) {}

  tokenFor(input: unknown): string {
    const key = JSON.stringify(input);
    if (this.last?.input === key) return this.last.token;
    this.last = { input: key, token: this.newToken() };
    return this.last.token;
  }

  /** The attempt ended (success, or a failure the operator must fix): the next submit is a new attempt. */
  settle(): void {
    this.last = null;
  }
}
