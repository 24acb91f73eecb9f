import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import 'dayjs/locale/ja';
import { theme } from '../theme';

/** Mantine, dates in Japanese and toast notifications, around the whole app. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'ja', firstDayOfWeek: 0 }}>
        {/* Toasts sit in the side menu's empty lower part, as wide as the menu: there they cover
            no control of any page (top right held ロック/ログアウト, below the header a page's own
            actions), and a pointer resting on one, which pauses its auto-close, blocks nothing. */}
        <Notifications position="bottom-left" containerWidth={204} />
        {children}
      </DatesProvider>
    </MantineProvider>
  );
}
