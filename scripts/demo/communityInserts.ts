import type { WriteTx } from '../../db/database';
import {
  communityActivity,
  outreachContact,
  outreachTarget,
  participationFollowup,
  participationMatch,
} from '../../db/schema';
import { prepareInsert, type Insert } from './demoInserts';

/** The statements the outreach, 参加支援 and 地域づくり passes write through, each prepared once. */
export type CommunityInserts = {
  outreachTarget: Insert<typeof outreachTarget>;
  outreachContact: Insert<typeof outreachContact>;
  participationMatch: Insert<typeof participationMatch>;
  participationFollowup: Insert<typeof participationFollowup>;
  communityActivity: Insert<typeof communityActivity>;
};

export function prepareCommunityInserts(tx: WriteTx): CommunityInserts {
  return {
    outreachTarget: prepareInsert(tx, outreachTarget),
    outreachContact: prepareInsert(tx, outreachContact),
    participationMatch: prepareInsert(tx, participationMatch),
    participationFollowup: prepareInsert(tx, participationFollowup),
    communityActivity: prepareInsert(tx, communityActivity),
  };
}

/** Who wrote a row and when: the generating 管理者, at a Japan-local moment of the row's day. */
export type Stamps = { createdAt: string; updatedAt: string; createdBy: number; updatedBy: number };
