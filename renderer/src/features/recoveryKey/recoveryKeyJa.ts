/** Labels of the 回復キー after setup: confirming it, issuing a new one, ホーム's warning. */
export const recoveryKeyJa = {
  pendingTitle: '回復キーの保管が確認されていません',
  pendingLead:
    '回復キーを保管したことが確認されるまで、初期設定（または回復キーの再発行）は終わっていません。前に表示した回復キーは画面を閉じたため二度と表示できません。新しい回復キーを発行して、印刷・保管してください。前の回復キーは使えなくなります。',
  showNew: '新しい回復キーを表示する',
  failed: '回復キーを発行できませんでした',
  confirmFailed: '保管の確認を記録できませんでした',
  sectionTitle: '回復キー',
  sectionLead:
    '管理者が全員パスワードを忘れたときに、データを開くための鍵です。紛失したとき、または漏れたおそれがあるときは新しい回復キーを発行してください（前の回復キーは使えなくなります）。',
  confirmedOn: (date: string) => `保管を確認済み（${date}）`,
  unconfirmed: '保管が確認されていません',
  reissue: '新しい回復キーを発行',
  reissueTitle: '新しい回復キーを発行しますか',
  reissueBody:
    '今の回復キーはすぐに使えなくなります。新しい回復キーは一度だけ表示されます。印刷して、金庫など安全な場所に保管してください。',
  reissueConfirm: '発行する',
  cancel: 'キャンセル',
  warningTitle: '回復キーの保管が確認されていません',
  warningBody:
    '管理者がパスワードを忘れたときにデータを開く回復キーが、保管されたか確認されていません。管理の「回復キー」で新しい回復キーを発行し、保管してください。',
  openAdmin: '管理を開く',
};
