import { auditActionTable } from '../auditActionSpec';
import { settingsKeyLabels, staffFieldLabels } from '../auditFieldLabels';
import { codeList } from '../auditVocabulary';

/** Logins, accounts, settings, backups, checks and the audit log itself. */
export const accountActions = auditActionTable({
  'setup.init': { label: '初期設定', group: 'system', target: 'staff' },
  'demo.generate': { label: 'デモデータの作成', group: 'system', target: null },
  'auth.login': { label: 'ログイン', group: 'auth', target: null },
  'auth.loginFailed': { label: 'ログインの失敗', group: 'auth', target: null },
  'auth.logout': { label: 'ログアウト', group: 'auth', target: null },
  'auth.lock': { label: 'ロック', group: 'auth', target: null },
  'auth.unlock': { label: 'ロック解除', group: 'auth', target: null },
  'auth.idleLock': { label: '自動ロック', group: 'auth', target: null },
  'auth.changePassword': { label: 'パスワードの変更', group: 'auth', target: 'staff' },
  'auth.changePasswordFailed': { label: 'パスワード変更の失敗', group: 'auth', target: null },
  'auth.recover': { label: '回復キーで復旧', group: 'auth', target: 'staff' },
  'recoveryKey.confirm': { label: '回復キーの保管確認', group: 'auth', target: null },
  'recoveryKey.reissue': { label: '回復キーの再発行', group: 'auth', target: null },
  'staff.create': { label: '職員の追加', group: 'staff', target: 'staff' },
  'staff.update': {
    label: '職員の変更',
    group: 'staff',
    target: 'staff',
    detail: { fields: codeList('変更した項目', staffFieldLabels) },
  },
  'staff.disable': { label: '職員を無効に', group: 'staff', target: 'staff' },
  'staff.enable': { label: '職員を有効に', group: 'staff', target: 'staff' },
  'staff.resetPassword': { label: 'パスワードの再設定', group: 'staff', target: 'staff' },
  'staff.endSession': { label: 'ログインの終了', group: 'staff', target: 'staff' },
  'settings.update': {
    label: '設定の変更',
    group: 'settings',
    target: null,
    detail: { keys: codeList('変更した設定', settingsKeyLabels) },
  },
  'codeList.seed': { label: '選択肢の初期化', group: 'settings', target: 'codeList' },
  'codeList.save': {
    label: '選択肢の変更',
    group: 'settings',
    target: 'codeList',
    detail: { added: codeList('追加した選択肢') },
  },
  'db.verify': { label: 'データベースの検査', group: 'backup', target: null },
  'db.recount': { label: '件数表の数え直し', group: 'backup', target: null },
  'backup.create': { label: 'バックアップ', group: 'backup', target: null },
  'backup.failed': { label: 'バックアップの失敗', group: 'backup', target: null },
  'backup.configure': { label: 'バックアップの設定', group: 'backup', target: null },
  'backup.restore': { label: '復元', group: 'backup', target: null },
  'audit.view': { label: '監査ログの閲覧', group: 'audit', target: null },
  'audit.export': { label: '監査ログの出力', group: 'audit', target: null },
  'search.query': { label: '検索', group: 'search', target: null },
});
