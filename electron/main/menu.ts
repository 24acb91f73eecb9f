import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { createMenuTemplate, type MenuActions } from './menuTemplate';

/** Installs the Japanese application menu (the structure lives in menuTemplate.ts). */
export function installAppMenu(actions: MenuActions): void {
  const template = createMenuTemplate(actions, {
    platform: process.platform,
    isPackaged: app.isPackaged,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The 「Kasaneについて」 dialog: product, version and what it is for. */
export async function showAboutDialog(window: BrowserWindow | undefined): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'Kasaneについて',
    message: 'Kasane（かさね）',
    detail: [
      `バージョン ${app.getVersion()}`,
      '重層的支援体制整備事業のための相談・支援記録アプリ',
      '',
      `Electron ${process.versions.electron} / Chromium ${process.versions.chrome}`,
    ].join('\n'),
    buttons: ['OK'],
    noLink: true,
  };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
