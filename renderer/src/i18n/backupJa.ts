/** Labels and messages of backups and restore (管理, and the reminder on a 管理者's ホーム). */
export const backupJa = {
  title: 'バックアップ',
  lead: 'データベースと鍵ファイルを、暗号化したまま1つのファイルにまとめ、書き込んだあとに開き直して検査します。アプリを開いている間は毎日1回、自動で作ります。',
  lastVerified: '最後に検査済みのバックアップ',
  never: 'まだありません',
  daysAgo: (days: number) => (days === 0 ? '今日' : `${days}日前`),
  size: (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`,
  lastFailure: '前回のバックアップは失敗しました',
  folder: '保存先',
  defaultFolderWarning:
    'いまはデータと同じフォルダの中に保存しています。パソコンが壊れると一緒に失われるため、USB ドライブや共有フォルダなど、別の場所を選んでください。',
  chooseFolder: '保存先を選ぶ',
  noDialogs: '保存先の変更と、ファイルを選んでの復元はデスクトップ版で行えます。',
  keep: '残す数',
  keepHint: '保存先に残すバックアップの数（古いものから削除します）',
  keepSave: '残す数を保存',
  keepSaved: '残す数を保存しました',
  backupNow: '今すぐバックアップ',
  backingUp: 'バックアップしています…',
  done: (size: string, seconds: string) =>
    `バックアップを作成し、開き直して検査しました（${size}、${seconds}秒）`,
  restoreTitle: '復元',
  restoreLead:
    '復元すると、いまのデータベースは名前に日時を付けてデータフォルダに残し、バックアップと入れ替えます。入れ替えの前にバックアップを検査し、途中で失敗したときは元に戻します。',
  listLabel: '保存先のバックアップ',
  emptyList: '保存先にバックアップはまだありません。',
  createdAt: '作成日時',
  fileName: 'ファイル',
  fileSize: '大きさ',
  unreadable: '読めません',
  restoreThis: '復元',
  restoreThisLabel: (when: string) => `${when}のバックアップから復元`,
  restoreFromFile: 'ファイルを選んで復元',
  confirmTitle: 'バックアップから復元しますか',
  confirmBody: (when: string) =>
    `${when}の状態に戻します。それ以降に入力した記録は、いまのデータベース（名前を変えて残します）にしか残りません。復元が終わると全員ログアウトし、もう一度ログインしてください。`,
  confirmFileBody:
    '次に選ぶバックアップの状態に戻します。それ以降に入力した記録は、いまのデータベース（名前を変えて残します）にしか残りません。復元が終わるとログアウトします。',
  confirm: '復元する',
  cancel: 'キャンセル',
  restored: (when: string) => `${when}のバックアップを復元しました。もう一度ログインしてください。`,
  loadFailed: 'バックアップの状態を読み込めませんでした',
  retry: '再読み込み',
  homeTitle: 'バックアップ',
  homeOk: (date: string, days: string) => `最後に検査済みのバックアップ: ${date}（${days}）`,
  homeStale: (days: number) =>
    `最後に検査済みのバックアップから${days}日たっています。管理画面の「今すぐバックアップ」でバックアップしてください。`,
  homeNever:
    'まだ検査済みのバックアップがありません。管理画面の「今すぐバックアップ」でバックアップしてください。',
  homeLink: '管理画面を開く',
} as const;
