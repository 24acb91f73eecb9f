import { createTheme } from '@mantine/core';

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
});
