import { fingerprintLines } from './certificateFingerprint';
import type { ServerFailure } from './serverRequest';

/** A screen's worth of explanation: what happened, and what to do about it. */
export type ConnectionMessage = { title: string; happened: string; todo: string[] };

/**
 * What staff are told when the server cannot be used. A changed certificate is never something
 * to click through: the screen names both fingerprints, says to call IT, and how the PC's
 * administrator connects again once IT has confirmed the new one.
 */
export function connectionFailureMessage(
  failure: ServerFailure,
  server: { origin: string; pinned: string | null },
): ConnectionMessage {
  switch (failure.kind) {
    case 'certificateChanged':
      return {
        title: 'サーバーの証明書が変わっています。接続を止めました',
        happened: [
          `${server.origin} が、このPCに登録した証明書とは別の証明書で応答しました。`,
          'サーバーの入れ替えや証明書の作り直しのほか、別の機械がサーバーになりすましている可能性があります。',
          '安全のため、Kasane はこのサーバーに名前やパスワードを送っていません。',
          `登録した SHA-256: ${server.pinned === null ? '（なし）' : fingerprintLines(server.pinned).join(' ')}`,
          `今回の SHA-256: ${fingerprintLines(failure.fingerprint).join(' ')}`,
        ].join('\n'),
        todo: [
          'ログインせずに、情報システム担当者に連絡してください（この画面の内容を伝えてください）。',
          '担当者は、サーバーの管理 → サーバー情報（またはサーバーの起動ログ）のフィンガープリントが「今回の SHA-256」と同じかを確かめます。',
          '同じで、証明書を作り直したことが確かなときだけ、このPCの管理者が Kasane を終了してから「--reconnect」を付けて起動し（例: Kasane.exe --reconnect）、最初の画面で新しいフィンガープリントを確かめて登録し直します。',
        ],
      };
    case 'unreachable':
      return {
        title: '事務所サーバーに接続できません',
        happened: `${server.origin} から応答がありません。サーバーが止まっているか、ネットワークにつながっていない可能性があります。`,
        todo: [
          'このPCがネットワークにつながっているかを確かめ、「もう一度試す」を押してください。',
          'ほかの職員も接続できないときは、情報システム担当者にサーバーが動いているか確かめてもらってください。',
        ],
      };
    case 'notKasane':
      return {
        title: 'このアドレスは Kasane の事務所サーバーではありません',
        happened: `${server.origin} は応答しましたが、Kasane の事務所サーバーの応答ではありませんでした。`,
        todo: [
          'アドレスとポート番号（例: 192.168.10.5:8443）を情報システム担当者に確かめてください。',
        ],
      };
  }
}
