import { NavLink, Stack } from '@mantine/core';
import type { Role } from '../../../../electron/contract';
import { areasFor, hashForArea, type AreaId } from '../../app/areas';

type Props = {
  role: Role;
  current: AreaId;
  onNavigate: () => void;
};

/** The side menu: one link per area the role may see; the current one is marked. */
export function ShellNavbar({ role, current, onNavigate }: Props) {
  return (
    <Stack gap={2}>
      {areasFor(role).map((area) => (
        <NavLink
          key={area.id}
          href={hashForArea(area.id)}
          label={area.label}
          active={area.id === current}
          aria-current={area.id === current ? 'page' : undefined}
          onClick={onNavigate}
          variant="light"
          fw={area.id === current ? 700 : 400}
        />
      ))}
    </Stack>
  );
}
