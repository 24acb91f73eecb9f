import type { SessionUser } from '../../electron/contract/schemas/session';

const rule = '='.repeat(72);

/**
 * What `init` prints: where the data went, who the 管理者 is, and the recovery key framed so it
 * stands out, with the warning that this is the only time it is shown.
 */
export function formatInitReport(result: {
  dataDir: string;
  user: SessionUser;
  municipalityName: string;
  recoveryKey: string;
}): string {
  return [
    'Kasane（かさね）の初期設定が完了しました。',
    '',
    `  データフォルダ:     ${result.dataDir}`,
    `  自治体名:           ${result.municipalityName}`,
    `  管理者のログイン名: ${result.user.login}（表示名: ${result.user.displayName}）`,
    '',
    rule,
    '  回復キー（この一度しか表示されません）',
    '',
    `      ${result.recoveryKey}`,
    '',
    '  ・この回復キーは今回しか表示されず、あとから表示し直すことはできません。',
    '  ・今すぐ印刷するか正確に書き写し、金庫など鍵のかかる場所に保管してください。',
    '  ・パスワードを全員が忘れたときや鍵ファイルが壊れたとき、データを開く唯一の手段です。',
    '  ・このパソコンの中のファイルやメールには保存しないでください。',
    rule,
    '',
  ].join('\n');
}
