/** Labels and messages of the 帳票・Excel page and its import wizard (旧台帳の取り込み). */
export const importJa = {
  reportsPage: {
    title: '帳票・Excel',
    lead: '月次実績報告を Excel に出力し、以前の Excel の一覧を取り込みます。',
  },
  excelImport: {
    title: '以前の Excel 台帳の取り込み',
    lead: 'これまで Excel で付けてきた相談受付簿・関係機関一覧・社会資源一覧を Kasane に取り込みます。取り込む前に、読み取った内容と問題をすべて確認できます。',
    readOnly: '閲覧のアカウントでは取り込みできません。',
    steps: { pick: 'ファイルを選ぶ', preview: '内容を確認', done: '取り込み' },
    kind: '取り込む一覧',
    kinds: {
      consultations: '相談受付簿',
      agencies: '関係機関一覧',
      resources: '社会資源一覧',
    },
    kindHints: {
      consultations:
        '1行が1件の相談です。必要な列は「受付日」と「氏名」。生年月日か電話番号があると、登録済みの人と同じ人かを確かめて結び付けます。',
      agencies:
        '1行が1つの機関です。必要な列は「機関名」。同じ名前の機関がすでにあれば取り込みません。',
      resources:
        '1行が1つの社会資源です。必要な列は「名称」。同じ名前の資源がすでにあれば取り込みません。',
    },
    file: 'ファイル（Excel ブック .xlsx、CSV .csv、タブ区切り .tsv・.txt）',
    filePlaceholder: 'ファイルを選んでください',
    fileHint:
      '表題や注記の行があってもかまいません。見出しの行は自動で探します。空の行と「合計」「計」の行は飛ばします。CSV の文字コード（Shift_JIS・UTF-8・UTF-16）は自動で判別します。',
    tooLarge: (mb: number) => `ファイルが大きすぎます（${mb} MB まで）。`,
    notXlsx:
      'Excel ブック（.xlsx）、CSV（.csv）、タブ区切り（.tsv・.txt）のファイルを選んでください。',
    oldXls:
      '古い形式（.xls）のブックは読み込めません。Excel で開き、「Excel ブック（.xlsx）」形式で保存し直してください。',
    readFailed: 'ファイルを読み込めませんでした。もう一度選んでください。',
    read: '読み込んで確認',
    reading: 'ファイルを読み込み、内容を確かめています…',
    importing: (n: number) => `${n}件を取り込んでいます…`,
    busyLabel: '処理中',
    back: 'ファイルを選び直す',
    sheet: (sheet: string, row: number) =>
      `シート「${sheet}」の${row}行目を見出しとして読みました。`,
    textFile: (kind: string, encoding: string, row: number) =>
      `${kind}（文字コード ${encoding}）として読み、${row}行目を見出しとしました。`,
    textKinds: { csv: 'CSV', tsv: 'タブ区切りのテキスト' },
    columns: '読み取った列',
    ignoredColumns: '取り込まない列',
    duplicateColumn: (label: string) => `「${label}」の2列目`,
    counts: {
      rows: '読み込んだ行',
      ready: '取り込める行',
      duplicates: '取り込み済み',
      invalid: 'エラーのある行',
      newPersons: '新しく登録する人',
      matchedPersons: '登録済みの人と一致',
      imported: '取り込んだ行',
    },
    unit: '件',
    personUnit: '人',
    sampleTitle: (shown: number, total: number) =>
      shown < total
        ? `読み取った内容（最初の${shown}行／全${total}行）`
        : `読み取った内容（${total}行）`,
    sampleLabel: '読み取った内容',
    rowHeader: '行',
    statusHeader: '状態',
    status: {
      ready: '取り込み可',
      imported: '取り込み済',
      duplicate: '取り込み済み',
      invalid: 'エラー',
    },
    problemsTitle: (errors: number, warnings: number) =>
      `問題の一覧（エラー ${errors}件・注意 ${warnings}件）`,
    problemsLabel: '問題の一覧',
    noProblems: '問題は見つかりませんでした。',
    problemColumns: { row: '行', column: '列', severity: '種類', message: '内容' },
    severity: { error: 'エラー', warning: '注意' },
    moreProblems: (n: number) => `ほか${n}件`,
    blankRule: '相談経路・相談分野が空欄の行は「その他」として取り込みます。',
    errorsBlock:
      'エラーのある行があるため、このままでは何も取り込みません。Excel を直して読み込み直すか、エラーのある行を飛ばして取り込んでください。',
    saveErrorRows: 'エラーのある行を Excel で保存',
    errorRowsSaved: (fileName: string, rows: number) =>
      `エラーのある${rows}行を保存しました: ${fileName}（理由の列を見て直し、もう一度取り込めます）`,
    skipInvalid: (n: number) => `エラーのある${n}行を飛ばして、ほかの行を取り込む`,
    nothingToImport: '取り込める行がありません（すべて取り込み済みか、エラーがあります）。',
    run: (n: number) => `${n}件を取り込む`,
    done: (n: number) => `${n}件を取り込みました。`,
    doneSkipped: (duplicates: number, invalid: number) =>
      `${[
        duplicates > 0 ? `取り込み済みの${duplicates}件` : '',
        invalid > 0 ? `エラーのある${invalid}件` : '',
      ]
        .filter((part) => part !== '')
        .join('と、')}は取り込んでいません。`,
    refused: 'エラーのある行があったため、何も取り込みませんでした。',
    openCases: 'ケース一覧を開く',
    openAgencies: '関係機関を開く',
    openResources: '社会資源を開く',
    again: 'ほかのファイルを取り込む',
    words: {
      title: 'ファイルの言葉の読み方',
      lead: '一覧にない言葉や、見つからない職員名です。選んだ読み方はこのファイルのすべての行に当てはまり、取り込むと次回のために覚えます。選ばない言葉は、担当者なら担当者なしで取り込み、それ以外はその行のエラーのままです。',
      columns: { list: '項目', written: 'ファイルの言葉', rows: '行数', to: '読み方', how: '状態' },
      rows: (n: number) => `${n}行`,
      firstRow: (row: number) => `（${row}行目から）`,
      selectLabel: (list: string, written: string) => `${list}「${written}」の読み方`,
      placeholder: '一覧の言葉を選ぶ',
      placeholderStaff: '職員を選ぶ',
      noStaff: '担当者なしで取り込む',
      how: {
        unknown: '一覧にない（エラー）',
        unknownStaff: '見つからない（担当者なし）',
        surname: '姓で一致',
        mapped: '読み替え',
        remembered: '前回の読み替え',
      },
      addTag: '課題の一覧に加える',
      tagAdded: (word: string) => `「${word}」を課題の一覧に加えました。`,
      more: (n: number) => `ほか${n}語（ファイルを直すか、取り込んだ後に読み替えてください）`,
    },
  },
} as const;
