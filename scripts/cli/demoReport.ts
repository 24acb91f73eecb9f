import type { Writable } from 'node:stream';
import type { DemoSummary } from '../demo/generateDemo';
import { displayWidth, padToWidth } from './textWidth';

const number = new Intl.NumberFormat('ja-JP');

/** The Japanese summary `demo` prints on stdout. */
export function formatDemoReport(summary: DemoSummary, seconds: number): string {
  const rows: Array<[string, string]> = [
    ['世帯', `${number.format(summary.households)} 世帯`],
    ['人物', `${number.format(summary.persons)} 人`],
    [
      'ケース',
      `${number.format(summary.cases)} 件（うち終結 ${number.format(summary.closedCases)} 件、閲覧制限 ${number.format(summary.restrictedCases)} 件）`,
    ],
    ['経過記録', `${number.format(summary.notes)} 件`],
    [
      '関係機関',
      `${number.format(summary.agencies)} 機関（ケースとの関わり ${number.format(summary.caseAgencies)} 件）`,
    ],
    ['同意', `${number.format(summary.consents)} 件`],
    ['支援プラン', `${number.format(summary.plans)} 件（版の数）`],
    [
      '会議',
      `支援会議 ${number.format(summary.shienMeetings)} 回・重層的支援会議 ${number.format(summary.jusouMeetings)} 回（議題 ${number.format(summary.meetingCases)} 件、決定事項 ${number.format(summary.meetingDecisions)} 件、うちプラン承認 ${number.format(summary.approvedPlans)} 件）`,
    ],
    [
      'アウトリーチ',
      `${number.format(summary.outreachTargets)} 人（うち支援へ移行 ${number.format(summary.transferredOutreach)} 人、接触 ${number.format(summary.outreachContacts)} 回）`,
    ],
    [
      '参加支援',
      `社会資源 ${number.format(summary.resources)} か所・マッチング ${number.format(summary.matches)} 件（フォローアップ ${number.format(summary.followUps)} 件）`,
    ],
    ['地域づくり', `${number.format(summary.activities)} 件（過去12か月の活動）`],
    [
      '職員',
      `${number.format(summary.staff)} 人（デモ用。パスワードがないためログインはできません）`,
    ],
  ];
  const labelColumns = Math.max(...rows.map(([label]) => displayWidth(`${label}:`))) + 1;
  return (
    [
      `デモデータを作成しました（架空の町「みどり町」、シード ${summary.seed}、基準日 ${summary.today}）。`,
      // Widths from the longest label, so a longer one (支援プラン) never touches its value.
      ...rows.map(([label, value]) => `  ${padToWidth(`${label}:`, labelColumns)}${value}`),
      `  所要時間: ${seconds.toFixed(1)} 秒`,
      '人物・住所・電話番号・機関はすべて架空です。',
    ].join('\n') + '\n'
  );
}

/** Households from which `demo` shows its progress on stderr. */
export const progressFrom = 1000;

/**
 * A progress line on stderr: rewritten in place on a terminal, one line per tenth otherwise (so
 * logs stay short). Silent for small runs.
 */
export function demoProgress(
  stderr: Writable & { isTTY?: boolean },
  total: number,
): ((progress: { households: number; total: number }) => void) | undefined {
  if (total < progressFrom) return undefined;
  let lastTenth = 0;
  return ({ households }) => {
    const percent = Math.floor((households / total) * 100);
    const line = `デモデータを作成中: ${number.format(households)} / ${number.format(total)} 世帯（${percent}%）`;
    if (stderr.isTTY === true) {
      stderr.write(`\r${line}${households === total ? '\n' : ''}`);
    } else if (Math.floor(percent / 10) > lastTenth || households === total) {
      lastTenth = Math.floor(percent / 10);
      stderr.write(`${line}\n`);
    }
  };
}
