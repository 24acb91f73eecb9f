import { z } from 'zod';

/**
 * Where the desktop app stands before anything else (the first-run choice): not a desktop app
 * (a browser), this PC's own database, a choice still to make (or a saved one that cannot be
 * read), the office server being opened, or an office server that could not be used — with what happened and what to do.
 */
export type ConnectionState =
  | { kind: 'notDesktop' }
  | { kind: 'local' }
  | { kind: 'choose'; unreadableFile: string | null }
  | { kind: 'connecting'; origin: string }
  | { kind: 'failed'; origin: string; title: string; happened: string; todo: string[] };

/** The server found at a typed address, with the fingerprint staff compare before connecting. */
export type ServerProbe = { origin: string; fingerprint: string; fingerprintLines: string[] };

export const connectionProbeInput = z.strictObject({
  address: z.string().max(300, { error: 'アドレスが長すぎます' }),
});

export const connectionConnectInput = z.strictObject({
  origin: z.string().max(300),
  fingerprint: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
});
