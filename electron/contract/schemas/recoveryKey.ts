/** Whether the 回復キー in force was confirmed as stored (see recoveryKeyState.ts). */
export type RecoveryKeyStatus = {
  state: 'pending' | 'confirmed' | 'unconfirmed';
  /** When the key waiting or confirmed was issued (ISO); null when never recorded. */
  issuedAt: string | null;
  confirmedAt: string | null;
};
