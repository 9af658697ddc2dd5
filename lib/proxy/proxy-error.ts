/** The proxy route's reply bodies (issue #5): one shape for validation errors, one for the cloud's. */

export interface FieldIssue {
  path: string;
  message: string;
}

export type ProxyErrorBody =
  | { error: { source: "validation"; code: "InvalidInput"; message: string; fields: FieldIssue[] } }
  | { error: { source: "request"; code: string; message: string } }
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
