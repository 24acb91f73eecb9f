import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTempDir } from '../../db/testing/createTestDb';
import { writers } from '../../electron/contract/roles';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { systemClock } from '../../electron/services/clock';
import { importWorkbook } from '../../electron/services/excel/import/importWorkbook';
import { loadExcelJs } from '../../electron/services/excel/workbook/loadExcelJs';
import { utcCalendarDateOf } from '../../electron/contract/japaneseDate/japanTime';

/** One timed step: wall clock, and the CPU time of this process (the machine may be shared). */
export type StepTime = { wallMs: number; cpuMs: number };

/** What one run of the import benchmark measured (one run each). */
export type ImportBenchResult = {
  rows: number;
  fileBytes: number;
  preview: StepTime;
  import: StepTime;
  /** The same file again: every row found already imported, nothing written. */
  reimport: StepTime;
  imported: number;
  duplicates: number;
};

const families = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村', '小林', '加藤'];
const givens = ['太郎', '花子', '一郎', '幸子', '健', '美咲', '翔', '陽菜', '大輔', '恵子'];
const kanaFamilies = [
  'やまだ',
  'さとう',
  'すずき',
  'たかはし',
  'たなか',
  'いとう',
  'わたなべ',
  'なかむら',
  'こばやし',
  'かとう',
];
const routes = ['来所', '電話', '訪問', 'アウトリーチ', '関係機関', 'メール'];
const fields = ['高齢', '障害', '子育て', '困窮', '高齢・困窮', '障害、子ども'];
const tags = ['8050問題', 'ひきこもり', 'ダブルケア', '生活困窮、住まい', ''];

function isoDay(start: number, offset: number): string {
  return utcCalendarDateOf(new Date(start + offset * 86_400_000));
}

/**
 * A 相談受付簿 of `rows` lines in the layout offices use (a title, headings, a 合計 row), dates in
 * mixed notations. One person in five comes back for a second consultation, so matching is
 * exercised as well as creating.
 */
export async function generateLedger(rows: number): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('相談受付簿');
  sheet.addRow(['令和6・7年度 相談受付簿']);
  sheet.mergeCells('A1:L1');
  sheet.addRow([
    'No.',
    '受付日',
    '氏名',
    'ふりがな',
    '生年月日',
    '性別',
    '住所',
    '電話番号',
    '相談経路',
    '相談分野',
    '課題',
    '相談内容',
  ]);
  const start = Date.UTC(2024, 3, 1);
  for (let i = 0; i < rows; i++) {
    const who = i % 5 === 4 ? i - 4 : i;
    const family = families[who % 10] ?? '';
    const given = givens[Math.floor(who / 10) % 10] ?? '';
    const received = isoDay(start, Math.floor((i * 700) / rows));
    const [y, m, d] = received.split('-').map(Number) as [number, number, number];
    const receivedCell =
      i % 3 === 0
        ? new Date(Date.UTC(y, m - 1, d))
        : i % 3 === 1
          ? `${y}/${m}/${d}`
          : `R${y - 2018}.${m}.${d}`;
    sheet.addRow([
      i + 1,
      receivedCell,
      `${family} ${given}${Math.floor(who / 100)}`,
      `${kanaFamilies[who % 10] ?? ''} たろう`,
      isoDay(Date.UTC(1940, 0, 1), who * 3).replaceAll('-', '/'),
      who % 2 === 0 ? '男' : '女',
      `みどり町${(who % 50) + 1}-${(who % 7) + 1}`,
      `0123-45-${String(who % 10000).padStart(4, '0')}`,
      routes[i % routes.length],
      fields[i % fields.length],
      tags[i % tags.length],
      `相談内容 ${i}: 家族の介護と仕事の両立、今後の生活費について相談したい。`,
    ]);
    if (i % 3 === 0) sheet.getRow(i + 3).getCell(2).numFmt = 'yyyy/m/d';
  }
  sheet.addRow(['合計', `${rows}件`]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Imports a generated 10,000-line 相談受付簿 into a fresh encrypted data folder and times the
 * preview, the import (read, parse, match, write, audit — one transaction) and a re-import.
 */
export async function runImportBench(rows = 10_000): Promise<ImportBenchResult> {
  const bytes = await generateLedger(rows);
  const dir = createTempDir('kasane-import-bench-');
  const session = new SessionManager({ dataDir: dir, clock: systemClock, channel: 'cli' });
  try {
    session.initialize({
      login: 'kanri',
      displayName: '管理 太郎',
      password: 'import-bench-1',
      municipalityName: 'みどり町',
    });
    const { db, actor } = session.requireUnlocked(writers);
    const file = { fileName: 'bench.xlsx', bytes };
    const timed = async (mode: 'preview' | 'import') => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const run = await importWorkbook(db, actor, systemClock, 'consultations', file, {
        mode,
        skipInvalid: false,
      });
      const used = process.cpuUsage(cpu);
      const time = { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
      return { time, report: run.report };
    };
    const preview = await timed('preview');
    const imported = await timed('import');
    const again = await timed('import');
    return {
      rows,
      fileBytes: bytes.byteLength,
      preview: preview.time,
      import: imported.time,
      reimport: again.time,
      imported: imported.report.counts.imported,
      duplicates: again.report.counts.duplicates,
    };
  } finally {
    session.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const result = await runImportBench();
  const seconds = ({ wallMs, cpuMs }: StepTime) =>
    `${(wallMs / 1000).toFixed(2)} s（CPU ${(cpuMs / 1000).toFixed(2)} s）`;
  console.log(
    `相談受付簿の取り込み: ${result.rows}行（${Math.round(result.fileBytes / 1024)} KB）`,
  );
  console.log(`  プレビュー             ${seconds(result.preview)}`);
  console.log(
    `  取り込み               ${seconds(result.import)}  ${result.imported}件、目標 3 s 未満`,
  );
  console.log(
    `  同じファイルを再取り込み ${seconds(result.reimport)}  取り込み済み ${result.duplicates}件`,
  );
}
