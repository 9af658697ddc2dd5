/**
 * The server's own environment is wrong (a credential unset, an endpoint variable malformed): neither the cloud
 * nor the request is at fault, and no retry helps. The proxy answers 503 `source: "config"` with the variable
 * names. Messages name variables, never their values. No `server-only`: emulator-identity.ts (imported by the
 * benchmarks, which run outside Next) throws one too.
 */
export type ConfigErrorCode = "MissingCredentials" | "EndpointConfig";

export class ConfigError extends Error {
  readonly code: ConfigErrorCode;
  /** The environment variable names at fault. */
  readonly variables: readonly string[];

  constructor(code: ConfigErrorCode, variables: readonly string[], message: string) {
    super(message);
    this.name = "ConfigError";
    this.code = code;
    this.variables = variables;
  }
}

/** What an endpoint variable must hold, so the reply can say it without repeating the value. */
export type EndpointExpectation = "url" | "port";

/** An endpoint variable (`ALIBABA_CLOUD_ENDPOINT`, `VOLCENGINE_ENDPOINT`, `EMULATOR_PORT`) that cannot be used. */
export class EndpointConfigError extends ConfigError {
  readonly expected: EndpointExpectation;

  constructor(variable: string, expected: EndpointExpectation, message: string) {
    super("EndpointConfig", [variable], message);
    this.name = "EndpointConfigError";
    this.expected = expected;
  }
}
