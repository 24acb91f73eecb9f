/** Staff roles. 管理者 manages accounts and settings, 相談員 does case work, 閲覧 only reads. */
export const roles = ['admin', 'worker', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: '管理者',
  worker: '相談員',
  viewer: '閲覧',
};

/** Who may call what: everyone, or only an unlocked session holding one of these roles. */
export type Access = 'public' | readonly Role[];

export const anyRole: readonly Role[] = roles;
export const adminOnly: readonly Role[] = ['admin'];
export const writers: readonly Role[] = ['admin', 'worker'];
