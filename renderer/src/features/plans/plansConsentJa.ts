/** What 確定 and the plan say when no 本人同意 is recorded on the plan. */
export const plansConsentJa = {
  missingTitle: '本人同意が記録されていません',
  missingBody:
    'この支援プランには本人同意（同意日・同意の方法：自署・代筆・口頭）が記録されていません。確定はできますが、印刷した支援プランにも「本人同意の記録なし」と出ます。同意を得たら、確定後に「本人同意」から記録してください。',
};
