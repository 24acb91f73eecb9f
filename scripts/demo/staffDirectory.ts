import type { Role } from '../../electron/contract/roles';

/**
 * The demo's staff: five 相談員 and one 閲覧. They get no key slot, so nobody can log in as them;
 * they exist so cases have 主担当 and notes have writers. Data only.
 */
export type DemoStaff = { login: string; displayName: string; affiliation: string; role: Role };

export const demoStaff: readonly DemoStaff[] = [
  {
    login: 'demo.aoyama',
    displayName: '青山 美咲',
    affiliation: '地域共生推進課（相談支援包括化推進員）',
    role: 'worker',
  },
  { login: 'demo.ishida', displayName: '石田 健太', affiliation: '地域共生推進課', role: 'worker' },
  {
    login: 'demo.kawamura',
    displayName: '川村 さとみ',
    affiliation: '地域共生推進課（保健師）',
    role: 'worker',
  },
  {
    login: 'demo.ueno',
    displayName: '上野 由美',
    affiliation: '社会福祉協議会（地域福祉コーディネーター）',
    role: 'worker',
  },
  {
    login: 'demo.onishi',
    displayName: '大西 拓也',
    affiliation: '社会福祉協議会（地域福祉コーディネーター）',
    role: 'worker',
  },
  { login: 'demo.ono', displayName: '小野 直樹', affiliation: '福祉課', role: 'viewer' },
];
