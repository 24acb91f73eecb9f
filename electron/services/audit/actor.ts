import type { Role } from '../../contract/roles';

/** Who is acting: always taken from the main-side session, never from call arguments. */
export type Actor = {
  staffId: number;
  login: string;
  displayName: string;
  role: Role;
};
