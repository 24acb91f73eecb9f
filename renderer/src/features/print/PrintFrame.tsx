import type { Ref } from 'react';
import { ja } from '../../i18n/ja';

type Props = { html: string; title: string; ref?: Ref<HTMLIFrameElement> };

/**
 * The print document in a sandboxed frame: no scripts (none are allowed by the sandbox or by the
 * document's own CSP), same origin only so the 印刷 button can call the frame's print(), and
 * modals so that print() may open the print dialog.
 */
export function PrintFrame({ html, title, ref }: Props) {
  return (
    <iframe
      ref={ref}
      srcDoc={html}
      sandbox="allow-modals allow-same-origin"
      title={ja.print.frameTitle(title)}
      data-testid="print-frame"
      style={{
        display: 'block',
        width: '100%',
        height: 'calc(100vh - 220px)',
        minHeight: 360,
        border: '1px solid var(--mantine-color-gray-4)',
        borderRadius: 'var(--mantine-radius-sm)',
        background: '#8a8f94',
      }}
    />
  );
}
