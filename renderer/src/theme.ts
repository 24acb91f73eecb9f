import { Badge, createTheme } from '@mantine/core';
import { badgeWhole } from './components/table/badgeWhole';

const fontFamily =
  "'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', Meiryo, system-ui, sans-serif";

/** Kasane's Mantine theme: Noto Sans JP shipped with the app, calm teal, keyboard focus rings. */
export const theme = createTheme({
  fontFamily,
  headings: { fontFamily, fontWeight: '700' },
  fontFamilyMonospace: "ui-monospace, 'Cascadia Mono', Consolas, 'Noto Sans Mono', monospace",
  primaryColor: 'teal',
  primaryShade: 7,
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  // Every badge label in Kasane is a few words (段階, 権限, 鍵なし): never cut one to 「終…」.
  components: { Badge: Badge.extend({ styles: badgeWhole }) },
});
