/** The desktop app's first-run choice and the office-server connection screens. */
export const connectionJa = {
  chooseTitle: 'Kasane の使い方を選んでください',
  chooseLead:
    'このPCでの使い方を選びます。あとから変えるときは情報システム担当者に相談してください。',
  unreadable: (file: string) =>
    `保存した接続先の設定を読めませんでした（${file}）。もう一度選んでください。`,
  local: 'このPCだけで使う',
  localHint: 'データはこのPCの中に置きます。1台のPCを使う事務所向けです。',
  server: '事務所のサーバーに接続する',
  serverHint: '事務所サーバーのデータを、それぞれの席のPCから使います。',
  addressTitle: '事務所サーバーに接続する',
  address: 'サーバーのアドレス',
  addressHint: '情報システム担当者から聞いたアドレスとポート。例: 192.168.10.5:8443',
  check: '確認する',
  back: '戻る',
  fingerprintTitle: 'サーバーの証明書を確かめてください',
  fingerprintLead: (origin: string) => `${origin} の証明書の SHA-256 フィンガープリント:`,
  fingerprintHow:
    '情報システム担当者から受け取ったフィンガープリント（サーバーの 管理 → サーバー情報、またはサーバーの起動ログに出ています）と、1文字ずつ同じかを確かめてください。',
  fingerprintSame: '同じであることを確かめました',
  connect: '接続する',
  different: '違う',
  differentHint:
    '違うときは接続しないでください。別の機械がサーバーになりすましている可能性があります。情報システム担当者に連絡してください。',
  connecting: '事務所サーバーに接続しています…',
  connectingTo: (origin: string) => `接続先: ${origin}`,
  whatHappened: '何が起きたか',
  whatToDo: 'どうすればよいか',
  retry: 'もう一度試す',
};

/** 管理 → サーバー情報 (on the office server only). */
export const serverInfoJa = {
  title: 'サーバー情報',
  fingerprint: '証明書の SHA-256 フィンガープリント',
  lead: '各PCのデスクトップ版は、最初に接続するときにこのフィンガープリントを表示します。1文字ずつ同じかを確かめてから接続するよう、職員に伝えてください。',
  noTls: 'HTTPS を使わずに動いています（このPCの中だけの試用）。',
};
