import { describe, expect, it } from 'vitest';
import { paperOrder, progressNotesHtml } from './progressNotesHtml';
import { sampleCaseDetail, sampleNote, testPrintContext } from './printFixture.testing';

const all = { from: null, to: null };

function rows(doc: string): string[] {
  return [...doc.matchAll(/<tr class="note">([\s\S]*?)<\/tr>/g)].map((m) => m[1] ?? '');
}

describe('progressNotesHtml (経過記録)', () => {
  it('prints every note, oldest first, with 和暦 date, weekday and time', () => {
    // Newest first, as the case screen holds them; two at the same minute keep their order.
    const notes = [
      sampleNote(3),
      sampleNote(2, { facts: '二件目（同時刻）', occurredAt: '2026-04-03T09:01' }),
      sampleNote(1, { occurredAt: '2026-04-03T09:01' }),
      sampleNote(0),
    ];
    const doc = progressNotesHtml(sampleCaseDetail(), notes, all, testPrintContext);
    const printed = rows(doc);
    expect(printed).toHaveLength(4);
    expect(printed[0]).toContain('訪問した記録 0');
    expect(printed[1]).toContain('訪問した記録 1');
    expect(printed[2]).toContain('二件目（同時刻）');
    expect(printed[3]).toContain('訪問した記録 3');
    expect(printed[0]).toMatch(/<span class="year">令和8年<\/span>4月1日（水）<br \/>09:00/);
    expect(paperOrder(notes).map((n) => n.id)).toEqual([100, 101, 102, 103]);
  });

  it('shows 手段, 相手, 担当, 分 and sets 所見 and 次の対応 apart from the facts', () => {
    const note = sampleNote(0, {
      means: 'phone',
      counterpart: '地域包括',
      staffName: '相談 二郎',
      facts: '電話で状況を確認した。',
      assessment: '本人の疲れが強い。',
      nextAction: '来週訪問する。',
      minutes: 15,
    });
    const [row] = rows(progressNotesHtml(sampleCaseDetail(), [note], all, testPrintContext));
    expect(row).toMatch(/<td>電話<\/td>\s*<td>地域包括<\/td>\s*<td>相談 二郎<\/td>/);
    expect(row).toMatch(
      /<div class="note-assessment">\s*<strong class="note-label">所見<\/strong><div class="multiline ">本人の疲れが強い。<\/div>/,
    );
    expect(row).toMatch(/<div class="note-next">\s*<strong class="note-label">次の対応<\/strong>/);
    expect(row).toContain('<td class="num">15</td>');
    expect(sampleNote(1).assessment).toBe('');
    const [plain] = rows(
      progressNotesHtml(sampleCaseDetail(), [sampleNote(1)], all, testPrintContext),
    );
    expect(plain).not.toContain('所見');
  });

  it('heads the table with the case, the range and the totals, and repeats the head on each page', () => {
    const notes = [sampleNote(0), sampleNote(1, { minutes: null }), sampleNote(2)];
    const range = { from: '2026-04-01', to: '2026-06-30' };
    const doc = progressNotesHtml(sampleCaseDetail(), notes, range, testPrintContext);
    expect(doc).toContain('R8-0001');
    expect(doc).toContain('山田 太郎');
    expect(doc).toContain('令和8年4月1日 〜 令和8年6月30日');
    expect(doc).toContain('3件（計 60分）');
    expect(doc).toMatch(/<thead>\s*<tr>\s*<th>日時<\/th>/);
    expect(doc).toContain('@bottom-right{content:"取扱注意"');
    const open = progressNotesHtml(sampleCaseDetail(), notes, all, testPrintContext);
    expect(open).toContain('全期間');
    const untimed = [sampleNote(0, { minutes: null })];
    expect(progressNotesHtml(sampleCaseDetail(), untimed, all, testPrintContext)).toMatch(
      /<td>1件<\/td>/,
    );
  });

  it('says so when the range holds no note', () => {
    const doc = progressNotesHtml(sampleCaseDetail(), [], all, testPrintContext);
    expect(doc).toContain('この期間の経過記録はありません。');
    expect(doc).not.toContain('<table class="notes"');
  });

  it('escapes a script in a note and keeps its line breaks as typed', () => {
    const note = sampleNote(0, {
      facts: '<script>alert(1)</script>\n二行目',
      counterpart: '"><b>x</b>',
      assessment: '<img src=x onerror=alert(1)>',
    });
    const doc = progressNotesHtml(sampleCaseDetail(), [note], all, testPrintContext);
    expect(doc).not.toMatch(/<script|<img|<b>x/i);
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\n二行目');
    expect(doc).toContain('&quot;&gt;&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('a withdrawn note (取消) on paper', () => {
  it('is printed marked 取消 with its reason, struck through, and left out of the totals', () => {
    const notes = [
      sampleNote(0, { minutes: 30 }),
      sampleNote(1, {
        facts: '別の世帯の記録',
        minutes: 60,
        withdrawn: {
          at: '2026-04-02T15:30:00.000Z',
          byName: '相談 二郎',
          reason: '別の世帯に書いたため',
        },
      }),
    ];
    const doc = progressNotesHtml(sampleCaseDetail(), notes, all, testPrintContext);
    const printed = rows(doc);
    expect(printed).toHaveLength(2);
    expect(printed[1]).toContain('【取消】令和8年4月3日 相談 二郎');
    expect(printed[1]).toContain('理由：別の世帯に書いたため');
    expect(printed[1]).toMatch(/<div class="struck">[\s\S]*別の世帯の記録/);
    expect(printed[1]).toMatch(/<td class="num"><\/td>/);
    expect(printed[0]).not.toContain('取消');
    expect(doc).toContain('1件（計 30分）（ほかに取消 1件）');
  });
});
