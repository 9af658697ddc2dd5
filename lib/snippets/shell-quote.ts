/**
 * POSIX shell quoting: a word is left bare only when it holds nothing a shell could read specially; anything else
 * goes in single quotes, where nothing is special except the quote itself (closed, escaped, reopened: '\''). So a
 * value with spaces, quotes, `$`, backticks, newlines or Chinese text reaches the program exactly as typed.
 */
const BARE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(value: string): string {
  if (BARE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Lines of one command, continued with a backslash, the arguments indented under the command. */
export function commandLines(command: string, args: string[][]): string {
  return [command, ...args.map((words) => `  ${words.join(" ")}`)].join(" \\\n");
}
