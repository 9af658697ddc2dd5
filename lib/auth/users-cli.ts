import { CLI_ACTOR } from "@/lib/audit/actors";
import { recordAccountEvent } from "@/lib/audit/account-events";
import { getRuntime } from "./runtime";
import { issueSetupToken } from "./setup-token";
import { AccountError, accounts, generatePassword } from "./users";

const USAGE = `Usage: npm run users -- <command>
  add <email> --role <viewer|operator|admin> [--name <name>] [--password-stdin]
  list
  set-role <email> <role>
  disable <email>
  enable <email>
  reset-password <email> [--password-stdin]
  revoke-sessions <email>
  setup-link            a new one-time link to create the first administrator (only while none exists)
Works on the console's database (DATABASE_URL, or the embedded store), with the server running or not.
Without --password-stdin a password is generated and printed once.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function password(args: string[]): Promise<{ value: string; generated: boolean }> {
  if (args.includes("--password-stdin")) return { value: await readStdin(), generated: false };
  return { value: generatePassword(), generated: true };
}

/** What each command is recorded as in the audit trail (actor "cli"). */
const ACTIONS: Record<string, string> = {
  add: "users.create",
  "set-role": "users.set-role",
  disable: "users.disable",
  enable: "users.enable",
  "revoke-sessions": "users.revoke-sessions",
  "reset-password": "users.reset-password",
  "setup-link": "auth.setup-link",
};

/** The users command line (`npm run users`): account management for the people who run the console. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === "--help" || command === "-h") {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const runtime = await getRuntime();
  const users = accounts(runtime.auth);
  const action = ACTIONS[command];
  const audit = (target: string | undefined, detail?: Record<string, unknown>) =>
    action ? recordAccountEvent(runtime.database, CLI_ACTOR, action, { target, detail }) : Promise.resolve();
  try {
    switch (command) {
      case "add": {
        const email = args[0];
        const role = option(args, "--role");
        if (!email || !role) break;
        const pw = await password(args);
        await users.add({ email, role, name: option(args, "--name"), password: pw.value });
        await audit(email, { role });
        console.log(`Added ${email.toLowerCase()} as ${role}.`);
        if (pw.generated) console.log(`Password (shown once): ${pw.value}`);
        return 0;
      }
      case "list": {
        for (const u of await users.list())
          console.log(
            `${u.email}\t${u.role}\t${u.disabled ? "disabled" : "active"}\t${u.createdAt.toISOString()}`,
          );
        return 0;
      }
      case "set-role": {
        if (!args[0] || !args[1]) break;
        const before = (await users.setRole(args[0], args[1])) as { role?: string | null };
        await audit(args[0], { role: args[1], previousRole: before.role ?? null });
        console.log(`${args[0]} is now ${args[1]}.`);
        return 0;
      }
      case "disable":
      case "enable":
      case "revoke-sessions": {
        if (!args[0]) break;
        if (command === "disable") await users.disable(args[0]);
        else if (command === "enable") await users.enable(args[0]);
        else await users.revokeSessions(args[0]);
        await audit(args[0]);
        console.log(
          command === "disable"
            ? `${args[0]} is disabled and signed out everywhere.`
            : command === "enable"
              ? `${args[0]} is enabled.`
              : `Every session of ${args[0]} is ended.`,
        );
        return 0;
      }
      case "setup-link": {
        const token = await issueSetupToken(runtime.database.db);
        if (!token) {
          console.error("An administrator exists already; add people with `add` or on the Users page.");
          return 1;
        }
        await audit(undefined);
        console.log(new URL(`/setup?token=${token}`, runtime.settings.publicOrigin).href);
        return 0;
      }
      case "reset-password": {
        if (!args[0]) break;
        const pw = await password(args);
        await users.resetPassword(args[0], pw.value);
        await audit(args[0]);
        console.log(`Password of ${args[0]} reset; their sessions are ended.`);
        if (pw.generated) console.log(`Password (shown once): ${pw.value}`);
        return 0;
      }
    }
    console.error(USAGE);
    return 2;
  } catch (error) {
    if (error instanceof AccountError) {
      if (action)
        await recordAccountEvent(runtime.database, CLI_ACTOR, action, {
          target: args[0],
          outcome: "refused",
          errorCode: error.code,
          errorMessage: error.message,
        });
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await runtime.database.close();
  }
}
