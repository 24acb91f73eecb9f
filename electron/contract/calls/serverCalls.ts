import { defineCall } from '../defineCall';
import { adminOnly } from '../roles';
import { noInput } from '../schemas/common';

/** The office server as 管理 shows it; a single PC has none. */
export type ServerInfo = { kind: 'server'; fingerprint: string | null } | { kind: 'singlePc' };

/** 管理 → サーバー情報. */
export const serverCalls = {
  /** The server's certificate fingerprint, for IT and staff to compare on each PC's first connect. */
  'server.info': defineCall<ServerInfo>()({ input: noInput, access: adminOnly }),
} as const;
