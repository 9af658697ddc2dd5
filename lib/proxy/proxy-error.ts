/**
 * The proxy route's reply bodies (issue #5): one shape for validation errors, one for the cloud's, one for the
 * server's own configuration.
 */

export interface FieldIssue {
  path: string;
  message: string;
}

export type ProxyErrorBody =
  | { error: { source: "validation"; code: "InvalidInput"; message: string; fields: FieldIssue[] } }
  | { error: { source: "request"; code: string; message: string } }
  /**
   * 503: the server's environment is wrong (lib/cloud/config-error.ts); nothing was sent to the cloud. `message`
   * is in the request's language; `variables` are the environment variable names at fault, never their values.
   */
  | {
      error: {
        source: "config";
        code: "MissingCredentials" | "EndpointConfig";
        message: string;
        variables: string[];
      };
    }
  | {
      error: {
        source: "cloud";
        cloud: string;
        code: string;
        message: string;
        requestId: string;
        httpStatus: number;
      };
    };

export interface ProxySuccessBody<Result = unknown> {
  requestId: string;
  result: Result;
}
