/** Labels of the drafts kept for long forms and of the dialog that asks before leaving one. */
export const draftsJa = {
  leaveTitle: '保存していない入力があります',
  leaveBody:
    '書きかけの内容は下書きとして残ります。この画面に戻ると続きから書けます（ログアウトすると消えます）。',
  stay: 'この画面に戻る',
  leave: '下書きを残して移動する',
  logoutTitle: '保存していない入力があります',
  logoutBody: 'ログアウトすると、書きかけの内容（下書き）は消えます。ロックなら残ります。',
  logoutAnyway: '下書きを捨ててログアウト',
  restored: '前回の入力の続きです（下書き）。',
  discard: '下書きを捨てる',
};
