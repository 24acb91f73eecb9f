import { describe, expect, it } from 'vitest';
import { isTrustedIpcSender, type FrameLike } from './trustedSender';

const frame = (url: string): FrameLike => ({ url });
const appFrame = frame('kasane://app/index.html#/cases');
const window = { mainFrame: appFrame };

describe('isTrustedIpcSender', () => {
  it("accepts the main window's top frame on an app page", () => {
    expect(isTrustedIpcSender({ sender: window, senderFrame: appFrame }, window)).toBe(true);
  });

  const otherWindow = { mainFrame: frame('kasane://app/index.html') };
  const iframe = frame('kasane://app/index.html');
  const navigatedAway = { mainFrame: frame('https://evil.example/') };

  it.each([
    ['no main window yet', { sender: window, senderFrame: appFrame }, undefined],
    ['another web contents', { sender: otherWindow, senderFrame: otherWindow.mainFrame }, window],
    ['a frame that is gone', { sender: window, senderFrame: null }, window],
    ['a subframe, even on an app URL', { sender: window, senderFrame: iframe }, window],
    [
      'the top frame showing a remote page',
      { sender: navigatedAway, senderFrame: navigatedAway.mainFrame },
      navigatedAway,
    ],
  ])('refuses %s', (_case, event, current) => {
    expect(isTrustedIpcSender(event, current)).toBe(false);
  });

  it('refuses a look-alike top frame of the main window', () => {
    const lookAlike = { mainFrame: frame('kasane://app.evil/index.html') };
    expect(
      isTrustedIpcSender({ sender: lookAlike, senderFrame: lookAlike.mainFrame }, lookAlike),
    ).toBe(false);
  });
});
