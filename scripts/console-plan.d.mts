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
  nextArgs: string[];
}

export function planConsole(argv: readonly string[], env: Record<string, string | undefined>): ConsolePlan;
