import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staff, supportCase } from '../../../db/schema';
import { meetingCreateInput } from '../../../electron/contract/schemas/meeting';
import { addMeetingCase } from '../../../electron/services/meetings/meetingAgenda';
import { createMeeting } from '../../../electron/services/meetings/meetingHeader';
import { setMeetingAttendees } from '../../../electron/services/meetings/setMeetingAttendees';
import { pdfText } from '../../print/pdfTools.testing';
import {
  adminEnv,
  adminLogin,
  auditActions,
  initializedDataDir,
  openAsAdmin,
  runCliForTest,
} from '../cli.testing';

const cleanups: Array<() => void> = [];
let dir: string;
let meetingId: number;

const env = {
  ...adminEnv,
  ...(process.env.CHROME_PATH === undefined ? {} : { CHROME_PATH: process.env.CHROME_PATH }),
};
const squash = (text: string) => text.replace(/\s+/g, '');
const print = (args: string[]) => runCliForTest(['print', '--data', dir, ...args], { env });

beforeAll(async () => {
  dir = await initializedDataDir(cleanups);
  const demo = await runCliForTest(['demo', '--data', dir, '--households', '3'], { env: adminEnv });
  if (demo.code !== 0) throw new Error(demo.stderr);
  // A 支援会議 with one case and two attendees, made by the services as the app would.
  const opened = openAsAdmin(dir);
  try {
    const admin = opened.db
      .select()
      .from(staff)
      .all()
      .find((s) => s.login === adminLogin);
    const firstCase = opened.db
      .select()
      .from(supportCase)
      .all()
      .find((c) => !c.restricted);
    if (!admin || !firstCase) throw new Error('demo data without an admin or an open case');
    const actor = {
      staffId: admin.id,
      login: admin.login,
      displayName: admin.displayName,
      role: admin.role,
    };
    const clock = { now: () => new Date('2026-11-27T01:00:00.000Z') };
    const created = createMeeting(
      opened.db,
      actor,
      clock,
      meetingCreateInput.parse({ kind: 'shien', title: 'CLI確認', heldOn: '2026-11-27' }),
    );
    meetingId = created.id;
    addMeetingCase(opened.db, actor, clock, { meetingId, caseId: firstCase.id });
    setMeetingAttendees(opened.db, actor, clock, {
      meetingId,
      attendees: [
        {
          staffId: admin.id,
          agencyId: null,
          name: '',
          affiliation: '',
          confidentialityAckOn: null,
        },
        {
          staffId: null,
          agencyId: null,
          name: '田中 花子',
          affiliation: '民生委員',
          confidentialityAckOn: null,
        },
      ],
    });
  } finally {
    opened.close();
  }
});
afterAll(() => {
  while (cleanups.length) cleanups.pop()?.();
});

// Each case starts the CLI, which opens the database and prints through Chromium: ~5 s idle, past
// 30 s on a loaded 2-core machine. The limit only stops a hang; speed is measured in the bench.
describe('cli print handout / minutes', { timeout: 120_000 }, () => {
  it('writes the 会議資料 with a numbered copy per attendee and audits the copies', async () => {
    const file = path.join(path.dirname(dir), 'handout.pdf');
    const run = await print(['handout', String(meetingId), '--out', file, '--initials']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('会議資料（CLI確認）を保存しました');
    const text = squash(pdfText(file));
    expect(text).toContain('配布番号1/2');
    expect(text).toContain('配布番号2/2');
    expect(text).toContain('守秘義務について');
    const audit = auditActions(dir).at(-2);
    expect(audit?.action).toBe('print.meetingHandout');
    expect(JSON.parse(audit?.detail ?? '{}')).toMatchObject({
      format: 'pdf',
      copies: 2,
      initials: true,
    });
  });

  it('writes the 会議録 (full-width digits accepted)', async () => {
    const file = path.join(path.dirname(dir), 'minutes.pdf');
    const wide = String(meetingId).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const run = await print(['minutes', wide, '--out', file]);
    expect(run.code).toBe(0);
    expect(squash(pdfText(file))).toContain('会議録');
    expect(auditActions(dir).at(-2)?.action).toBe('print.meetingMinutes');
  });

  it('refuses an unknown meeting with exit 1 and writes nothing', async () => {
    const file = path.join(path.dirname(dir), 'none.pdf');
    const run = await print(['minutes', '99999', '--out', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('会議が見つかりません。\n');
    expect(fs.existsSync(file)).toBe(false);
  });

  it.each([
    {
      args: ['handout', 'R8-0001', '--out', 'x.pdf'],
      message: '会議番号には 1 以上の整数を指定してください',
    },
    { args: ['handout', '--out', 'x.pdf'], message: '会議番号を指定してください' },
    {
      args: ['intake', 'R8-0001', '--out', 'x.pdf', '--initials'],
      message: '--initials は会議資料（handout）と会議録（minutes）にだけ指定できます。',
    },
  ])('refuses $args with exit 2', async ({ args, message }) => {
    const run = await print(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
