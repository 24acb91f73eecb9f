import { anyRole } from '../../../electron/contract/roles';
import { loginInput } from '../../../electron/contract/schemas/session';
import { SessionManager } from '../../../electron/services/auth/sessionManager';
import { caseIdByNumber } from '../../../electron/services/print/caseIdByNumber';
import type { Db } from '../../../db/database';
import type { PrintedDocument } from '../../../electron/contract/schemas/print';
import type { Actor } from '../../../electron/services/audit/actor';
import type { Clock } from '../../../electron/services/clock';
import {
  evaluatedPlanOfCase,
  printEvaluation,
} from '../../../electron/services/print/printEvaluation';
import { printIntake } from '../../../electron/services/print/printIntake';
import { printMeetingHandout } from '../../../electron/services/print/printMeetingHandout';
import { printMeetingMinutes } from '../../../electron/services/print/printMeetingMinutes';
import { printNotes } from '../../../electron/services/print/printNotes';
import { printPlan } from '../../../electron/services/print/printPlan';
import { findChromium } from '../../print/findChromium';
import { renderPdf } from '../../print/renderPdf';
import { exitCodes } from '../cliIo';
import { defineCommand } from '../command';
import { planCredentials } from '../credentials';
import { requireInitializedFolder } from '../dataFolderChecks';
import { parseInput } from '../parseInput';
import { readPrintRequest, requireWritableDestination, type PrintRequest } from '../printRequest';

/** Builds the requested form of a case the actor may see, audited with format pdf. */
function printForm(db: Db, actor: Actor, clock: Clock, request: PrintRequest): PrintedDocument {
  const options = { format: 'pdf' } as const;
  if (request.meetingId !== undefined) {
    // A meeting's forms show only the agenda cases this user may see (閲覧制限).
    const input = { meetingId: request.meetingId, initials: request.initials };
    return request.form === 'handout'
      ? printMeetingHandout(db, actor, clock, input, options)
      : printMeetingMinutes(db, actor, clock, input, options);
  }
  const caseId = caseIdByNumber(db, actor, request.caseNumber);
  switch (request.form) {
    case 'intake':
      return printIntake(db, actor, clock, { caseId }, options);
    case 'notes':
      return printNotes(db, actor, clock, { caseId, ...request.range }, options);
    case 'plan':
      return printPlan(db, actor, clock, { caseId, version: request.version }, options);
    case 'evaluation': {
      const plan = evaluatedPlanOfCase(db, caseId, request.version);
      return printEvaluation(db, actor, clock, { planId: plan.id }, options);
    }
    case 'handout':
    case 'minutes':
      throw new Error('a meeting form without a meeting number');
  }
}

/**
 * `print`: logs in (any role; audited), finds the case by its number as that user may see it,
 * builds the same HTML the app prints, and renders it to an A4 PDF in the system Chromium. The
 * print is audited (`print.intake` / `print.notes` / `print.plan` / `print.evaluation` /
 * `print.meetingHandout` / `print.meetingMinutes`, format pdf).
 */
export const printCommand = defineCommand({
  summary:
    '帳票を PDF に出力します（相談受付・申込票、経過記録、支援プラン、評価シート、会議資料、会議録）',
  synopsis:
    '<intake|notes|plan|evaluation> ケース番号 --out ファイル.pdf [--from 日付] [--to 日付] [--version 回数] | <handout|minutes> 会議番号 --out ファイル.pdf [--initials]',
  details: [
    'intake: 相談受付・申込票（記録された本人同意に応じて「本人同意あり／なし」の様式。利用申込と情報共有への同意の署名欄は別々）。notes: 経過記録（古い順。--from/--to で期間を指定）。',
    'plan: 支援プラン（本人同意欄つき。--version で作成回数を指定、省略すると最新）。evaluation: 評価シート（省略すると評価のある最新の版）。',
    'handout: 会議資料（支援会議は出席者の人数分の配布番号つき）。minutes: 会議録。会議番号は会議画面のアドレス（#/meetings/12）の数字です。--initials で氏名をイニシャルにします。',
    'アプリと同じ帳票を A4 の PDF にします。Chromium（環境変数 CHROME_PATH、なければ /usr/bin/chromium）を使います。',
    '閲覧制限のあるケースは、見る権限のある職員のアカウントでだけ出力できます。出力は監査ログに記録されます。',
  ],
  options: {
    out: { valueLabel: 'ファイル', description: '保存する PDF ファイル（必須）' },
    from: { valueLabel: '日付', description: '経過記録の期間の開始（YYYY-MM-DD）' },
    to: { valueLabel: '日付', description: '経過記録の期間の終了（YYYY-MM-DD）' },
    version: { valueLabel: '回数', description: '支援プラン・評価シートの作成回数（1 = 初回）' },
    initials: {
      valueLabel: '',
      description: '会議資料・会議録で氏名をイニシャルにする',
      flag: true,
    },
  },
  takesArguments: true,
  run: async ({ io, clock, dataDir, terminal, args }, options) => {
    const request = readPrintRequest(args, options);
    const credentials = planCredentials(io.env, terminal, {
      command: 'print',
      confirmPassword: false,
    });
    requireInitializedFolder(dataDir);
    requireWritableDestination(request.outPath);
    const chromiumPath = findChromium(io.env);
    const { login, password } = parseInput(loginInput, await credentials(), 'print');

    const session = new SessionManager({ dataDir, clock, channel: 'cli' });
    try {
      session.login(login, password);
      const { db, actor } = session.requireUnlocked(anyRole);
      const printed = printForm(db, actor, clock, request);
      await renderPdf(printed.html, request.outPath, chromiumPath);
      io.stdout.write(`${printed.title}を保存しました: ${request.outPath}\n`);
      return exitCodes.ok;
    } finally {
      session.shutdown();
    }
  },
});
