/** Labels and messages of Excel out: the 月次実績報告 section and the case list's export. */
export const exportJa = {
  excelExport: {
    reportTitle: '月次実績報告',
    reportLead:
      '選んだ月の実績と、その年度の4月1日から月末までの累計を Excel ファイルにします。「集計」シートはそのまま A4 横に印刷でき、備考に各項目の数え方があります。「データ」シートには項目コードごとの数値と、自治体名・対象月・作成日時・コード表の版が並びます。',
    year: '年',
    month: '月',
    yearOption: (wareki: string, year: number) => `${wareki}（${year}年）`,
    monthOption: (month: number) => `${month}月`,
    period: (month: string, fiscalYear: string) => `${month}分（年度累計: ${fiscalYear}）`,
    exportReport: 'Excel に出力',
    exportPartialReport: '集計途中のまま Excel に出力',
    partialTitle: '集計途中の月です',
    building: 'Excel ファイルを作成しています…',
    saved: (fileName: string) => `${fileName} を保存しました`,
    downloaded: (fileName: string) => `${fileName} をダウンロードしました`,
    failed: 'Excel に出力できませんでした',
    audited: '出力した日時と担当者は監査ログに記録されます。',
    casesButton: 'Excel に出力',
    casesTitle: 'ケース一覧を Excel に出力',
    casesLead: (count: number) =>
      `いまの絞り込み条件に合う ${count.toLocaleString('ja-JP')}件のケースを、一覧の並び順のまま出力します（1行が1ケース）。`,
    casesEmpty: '条件に合うケースがないため、出力するものがありません。',
    initials: '氏名をイニシャルにする',
    initialsHint:
      '氏名をふりがなから「Y.T.」のようにし、ふりがなの列は空にします。会議資料などで氏名を出さないときに。',
    exportCases: '出力する',
    cancel: 'キャンセル',
    exportedRows: (count: number) => `${count.toLocaleString('ja-JP')}件を出力しました`,
  },
} as const;
