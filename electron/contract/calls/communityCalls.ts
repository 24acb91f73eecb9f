import { defineCall } from '../defineCall';
import { anyRole, writers } from '../roles';
import {
  activityCreateInput,
  activityGetInput,
  activityListInput,
  activityUpdateInput,
  type ActivityView,
} from '../schemas/activity';
import { noInput } from '../schemas/common';
import type { HomeDashboard } from '../schemas/dashboard';
import {
  outreachAddContactInput,
  outreachCreateInput,
  outreachGetInput,
  outreachListInput,
  outreachSetStageInput,
  outreachTransferInput,
  outreachUpdateInput,
  type OutreachSummary,
  type OutreachTransferResult,
  type OutreachView,
} from '../schemas/outreach';
import {
  matchCreateInput,
  matchFollowUpInput,
  matchGetInput,
  matchListInput,
  matchUpdateInput,
  resourceCreateInput,
  resourceFindInput,
  resourceGetInput,
  resourceListInput,
  resourceUpdateInput,
  type MatchSummary,
  type MatchView,
  type ResourceFindResult,
  type ResourceView,
} from '../schemas/participation';

/** アウトリーチ等事業, 参加支援事業, 地域づくり事業 and the home dashboard. */
export const communityCalls = {
  /** 把握: a person known of before any case. */
  'outreach.create': defineCall<OutreachView>()({ input: outreachCreateInput, access: writers }),
  'outreach.update': defineCall<OutreachView>()({ input: outreachUpdateInput, access: writers }),
  /** One target with its contacts; audited as a view. */
  'outreach.get': defineCall<OutreachView>()({ input: outreachGetInput, access: anyRole }),
  'outreach.list': defineCall<OutreachSummary[]>()({ input: outreachListInput, access: anyRole }),
  /** A contact (date, method, result); a first contact moves 把握 to 接触. */
  'outreach.addContact': defineCall<OutreachView>()({
    input: outreachAddContactInput,
    access: writers,
  }),
  /** Moves the stage (not to 支援へ移行: that is outreach.transfer), or ends it with a reason. */
  'outreach.setStage': defineCall<OutreachView>()({
    input: outreachSetStageInput,
    access: writers,
  }),
  /** 支援へ移行: opens a case linked to the outreach history, in one transaction. */
  'outreach.transfer': defineCall<OutreachTransferResult>()({
    input: outreachTransferInput,
    access: writers,
  }),
  /** 社会資源 directory entries. */
  'resource.create': defineCall<ResourceView>()({ input: resourceCreateInput, access: writers }),
  'resource.update': defineCall<ResourceView>()({ input: resourceUpdateInput, access: writers }),
  'resource.get': defineCall<ResourceView>()({ input: resourceGetInput, access: anyRole }),
  /** The directory, or 「資源を探す」: by kind, words (name, place, district), free capacity. */
  'resource.list': defineCall<ResourceView[]>()({ input: resourceListInput, access: anyRole }),
  /** 資源を探す for one person: active resources ranked by fit, each with its reasons (audited). */
  'resource.find': defineCall<ResourceFindResult>()({ input: resourceFindInput, access: anyRole }),
  /** 参加支援: a person matched to a resource (提案). */
  'match.create': defineCall<MatchView>()({ input: matchCreateInput, access: writers }),
  'match.update': defineCall<MatchView>()({ input: matchUpdateInput, access: writers }),
  /** A follow-up, optionally moving the status (見学, 体験, 参加中, 定着, 中断, 終了). */
  'match.followUp': defineCall<MatchView>()({ input: matchFollowUpInput, access: writers }),
  'match.get': defineCall<MatchView>()({ input: matchGetInput, access: anyRole }),
  'match.list': defineCall<MatchSummary[]>()({ input: matchListInput, access: anyRole }),
  /** 地域づくり: activities with participants (counts only). */
  'activity.create': defineCall<ActivityView>()({ input: activityCreateInput, access: writers }),
  'activity.update': defineCall<ActivityView>()({ input: activityUpdateInput, access: writers }),
  'activity.get': defineCall<ActivityView>()({ input: activityGetInput, access: anyRole }),
  'activity.list': defineCall<ActivityView[]>()({ input: activityListInput, access: anyRole }),
  /** ホーム: my cases by stage, due plans, this week's meetings, stale outreach and matches, charts. */
  'dashboard.home': defineCall<HomeDashboard>()({ input: noInput, access: anyRole }),
} as const;
