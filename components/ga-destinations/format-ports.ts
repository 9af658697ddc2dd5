/**
 * `80` for a single port, `80–90` for a range. Its own module so the pickers (first load) do not bring the add
 * form's row helpers with them.
 */
export function formatPorts(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}
