/** Labels of 次の対応 with a date: the note form's fields, the note card, and ホーム's card. */
export const nextActionJa = {
  nextActions: {
    dueOn: '次の対応の期日',
    dueOnHint: '期日を入れると、その日から担当者のホームに出ます',
    staff: '担当者',
    staffDefault: '記録者（自分）',
    needsText: '期日を付けるときは次の対応を書いてください',
    doneFixed: '完了済みのため、期日と担当者は変えられません',
    due: (date: string, staff: string) => `期日 ${date}・担当 ${staff}`,
    done: (date: string, staff: string) => `${date} ${staff}さんが完了`,
    overdueBadge: '期限切れ',
    complete: '完了',
    completeLabel: (text: string) => `「${text}」を完了にする`,
    completed: '次の対応を完了にしました',
    cardTitle: '次の対応',
    today: '今日の予定',
    overdue: '期限切れ',
    todayEmpty: '今日が期日の次の対応はありません。',
    more: (n: number) => `ほか ${n}件（完了にすると次が表示されます）`,
    columns: { due: '期日', caseNumber: 'ケース番号', name: '氏名', text: '次の対応' },
    daysOverdue: (n: number) => `${n}日超過`,
  },
} as const;
