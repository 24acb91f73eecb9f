/** The single IPC channel: every renderer call goes through the dispatcher behind it. */
export const ipcCallChannel = 'kasane:call';
