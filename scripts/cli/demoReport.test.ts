import { describe, expect, it } from 'vitest';
import type { DemoSummary } from '../demo/generateDemo';
import { formatDemoReport } from './demoReport';
import { displayWidth } from './textWidth';

const summary: DemoSummary = {
  seed: 1,
  today: '2026-06-15',
  households: 60,
  persons: 132,
  cases: 150,
  closedCases: 39,
  restrictedCases: 5,
  notes: 1500,
  consents: 352,
  caseAgencies: 249,
  plans: 94,
  shienMeetings: 13,
  jusouMeetings: 14,
  meetingCases: 72,
  meetingDecisions: 1111,
  approvedPlans: 11,
  outreachTargets: 23,
  transferredOutreach: 8,
  outreachContacts: 81,
  resources: 20,
  matches: 12,
  followUps: 40,
  activities: 48,
  agencies: 24,
  staff: 6,
};

describe('formatDemoReport', () => {
  it('reports every count in Japanese, values in one column, including meetings and community work', () => {
    const report = formatDemoReport(summary, 1.234);
    const lines = report.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'デモデータを作成しました（架空の町「みどり町」、シード 1、基準日 2026-06-15）。',
    );
    expect(report).toContain(
      '会議:         支援会議 13 回・重層的支援会議 14 回（議題 72 件、決定事項 1,111 件、うちプラン承認 11 件）',
    );
    expect(report).toContain('支援プラン:   94 件（版の数）');
    expect(report).toContain('アウトリーチ: 23 人（うち支援へ移行 8 人、接触 81 回）');
    expect(report).toContain(
      '参加支援:     社会資源 20 か所・マッチング 12 件（フォローアップ 40 件）',
    );
    expect(report).toContain('地域づくり:   48 件（過去12か月の活動）');
    expect(report).toContain('所要時間: 1.2 秒');
    // Every value starts in the same column (labels padded by display width).
    const rows = lines.filter((line) => /^ {2}\S+: +\S/u.test(line) && !line.includes('所要時間'));
    const starts = new Set(rows.map((line) => displayWidth(/^ {2}\S+: +/u.exec(line)?.[0] ?? '')));
    expect(rows.length).toBe(12);
    expect(starts).toEqual(new Set([displayWidth('  アウトリーチ: ')]));
  });
});
