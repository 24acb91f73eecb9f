/**
 * `--reconnect`: forget this PC's saved connection and ask again (how the PC's administrator
 * re-pins a server whose certificate IT replaced). Electron and Chromium add their own switches.
 */
export function wantsReconnect(argv: readonly string[]): boolean {
  return argv.includes('--reconnect');
}
