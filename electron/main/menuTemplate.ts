import type { MenuItemConstructorOptions } from 'electron';

// Pure (only `import type`): the menu's structure is tested without Electron.

/** What the menu's own items do; roles (copy, zoom …) need nothing from us. */
export type MenuActions = {
  lock: () => void;
  logout: () => void;
  about: () => void;
};

export type MenuOptions = {
  platform: NodeJS.Platform;
  /** Packaged builds get no reload and no DevTools items. */
  isPackaged: boolean;
};

/** The Japanese application menu: ファイル, 編集, 表示, ヘルプ (plus the app menu on macOS). */
export function createMenuTemplate(
  actions: MenuActions,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: '再読み込み（開発用）' },
        { role: 'toggleDevTools', label: '開発者ツール（開発用）' },
      ];
  return [
    // On macOS the first menu is always the app's own; keep ファイル as a menu of its own.
    ...(options.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'ファイル',
      submenu: [
        { label: 'ロック', accelerator: 'CmdOrCtrl+L', click: () => actions.lock() },
        { label: 'ログアウト', click: () => actions.logout() },
        { type: 'separator' },
        { role: 'quit', label: '終了' },
      ],
    },
    {
      label: '編集',
      submenu: [
        { role: 'undo', label: '元に戻す' },
        { role: 'redo', label: 'やり直し' },
        { type: 'separator' },
        { role: 'cut', label: '切り取り' },
        { role: 'copy', label: 'コピー' },
        { role: 'paste', label: '貼り付け' },
        { role: 'selectAll', label: 'すべて選択' },
      ],
    },
    {
      label: '表示',
      submenu: [
        { role: 'zoomIn', label: '拡大' },
        { role: 'zoomOut', label: '縮小' },
        { role: 'resetZoom', label: '実際のサイズ' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全画面表示' },
        ...developerItems,
      ],
    },
    {
      label: 'ヘルプ',
      submenu: [{ label: 'Kasaneについて', click: () => actions.about() }],
    },
  ];
}
