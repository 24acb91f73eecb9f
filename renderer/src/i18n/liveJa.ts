import type { SessionEndReason } from '../../../electron/contract';

/** Labels of the office server's shared work: ended sessions, and other staff's changes. */
export const liveJa = {
  /** The login screen's notice when this browser's session was ended by someone or something else. */
  sessionEnded: {
    restore:
      '管理者がバックアップから復元したため、ログアウトしました。もう一度ログインしてください。',
    endedByAdmin: '管理者がこのログインを終了しました。もう一度ログインしてください。',
    accountDisabled: 'このアカウントは無効になったため、ログアウトしました。',
    passwordReset:
      'パスワードが再設定されたため、ログアウトしました。新しいパスワードでログインしてください。',
    expired:
      'ログインしてから 12 時間が過ぎたため、ログアウトしました。もう一度ログインしてください。',
  } satisfies Record<SessionEndReason, string>,
  /** Shown over an open form when another staff member changed what it edits. */
  changedByOther: 'ほかの職員が更新しました',
  changedByOtherDetail: '入力中の内容はそのままです。保存する前に、最新の内容を確かめてください。',
} as const;
