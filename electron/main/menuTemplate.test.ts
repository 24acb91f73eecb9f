import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMenuTemplate } from './menuTemplate';

const actions = () => ({ lock: vi.fn(), logout: vi.fn(), about: vi.fn() });

function items(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const submenu = menu.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`no menu ${label}`);
  return submenu;
}

const labels = (menu: MenuItemConstructorOptions[]) =>
  menu.filter((item) => item.type !== 'separator').map((item) => item.label);

describe('createMenuTemplate', () => {
  const packaged = createMenuTemplate(actions(), { platform: 'win32', isPackaged: true });

  it('has the four Japanese menus, in order', () => {
    expect(labels(packaged)).toEqual(['ファイル', '編集', '表示', 'ヘルプ']);
  });

  it('lists the Japanese items with their roles', () => {
    expect(labels(items(packaged, 'ファイル'))).toEqual(['ロック', 'ログアウト', '終了']);
    expect(items(packaged, '編集').map((item) => [item.label, item.role])).toEqual([
      ['元に戻す', 'undo'],
      ['やり直し', 'redo'],
      [undefined, undefined],
      ['切り取り', 'cut'],
      ['コピー', 'copy'],
      ['貼り付け', 'paste'],
      ['すべて選択', 'selectAll'],
    ]);
    expect(labels(items(packaged, '表示'))).toEqual(['拡大', '縮小', '実際のサイズ', '全画面表示']);
    expect(labels(items(packaged, 'ヘルプ'))).toEqual(['Kasaneについて']);
  });

  it('locks with Ctrl+L and calls the session actions', () => {
    const spy = actions();
    const file = items(
      createMenuTemplate(spy, { platform: 'linux', isPackaged: true }),
      'ファイル',
    );
    const lock = file.find((item) => item.label === 'ロック');
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    // Our clicks ignore Electron's (item, window, event) arguments.
    for (const item of file) (item.click as (() => void) | undefined)?.();
    expect(spy.lock).toHaveBeenCalledOnce();
    expect(spy.logout).toHaveBeenCalledOnce();
  });

  it('offers DevTools and reload only in development', () => {
    const roles = (menu: MenuItemConstructorOptions[]) =>
      items(menu, '表示').map((item) => item.role);
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(roles(packaged)).not.toContain('reload');
    const dev = createMenuTemplate(actions(), { platform: 'win32', isPackaged: false });
    expect(roles(dev)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('adds the app menu on macOS only', () => {
    const mac = createMenuTemplate(actions(), { platform: 'darwin', isPackaged: true });
    expect(mac[0]?.role).toBe('appMenu');
    expect(packaged.some((item) => item.role === 'appMenu')).toBe(false);
  });
});
