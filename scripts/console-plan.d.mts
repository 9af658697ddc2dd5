import type { BackendMode } from "../lib/cloud/backend-mode";

export interface ConsolePlan {
  isDev: boolean;
  isFreshData: boolean;
  mode: BackendMode;
  host: string;
  port: number;
  emulatorPort: number;
  emulatorUrl: string;
  dataDir: string;
  distDir: string;
  consoleEnv: Record<string, string | undefined>;
  emulatorEnv: Record<string, string | undefined>;
  /** Arguments for `node` (run in the project root) that start the console's web server. */
  serverArgs: string[];
}

export function planConsole(argv: readonly string[], env: Record<string, string | undefined>): ConsolePlan;

export declare const CLOUD_SECRET_VARIABLES: string[];
