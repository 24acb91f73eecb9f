import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { caseField, caseTag } from '../../../../db/schema';
import { useImportFixture } from './consultationImport.testing';
import { firstLedgerRow } from './ledgerFixtures.testing';

const { fixture, run, cases } = useImportFixture();

function valuesOf(caseId: number) {
  const { db } = fixture();
  return {
    fields: db
      .select()
      .from(caseField)
      .where(eq(caseField.caseId, caseId))
      .orderBy(asc(caseField.field))
      .all()
      .map((r) => r.field),
    tags: db
      .select()
      .from(caseTag)
      .where(eq(caseTag.caseId, caseId))
      .orderBy(asc(caseTag.tag))
      .all()
      .map((r) => r.tag),
  };
}

describe('a ledger with several values joined in one cell (issue 20, 1)', () => {
  it('reads 「・」-joined values in 課題, 分野 and 経路 by the longest match, repeats collapsed', async () => {
    const { report } = await run([
      {
        receivedOn: '2025/5/1',
        name: '一 郎',
        birth: 'S40.1.1',
        route: '電話・電話',
        fields: '子育て・困窮・子ども',
        tags: '子育て・仕事・就労',
      },
      {
        receivedOn: '2025/5/2',
        name: '二 郎',
        birth: 'S40.1.2',
        route: '来所',
        fields: '高齢・障害',
        tags: '介護・DV・虐待',
      },
      {
        receivedOn: '2025/5/3',
        name: '三 郎',
        birth: 'S40.1.3',
        route: '紹介',
        fields: '高齢／障害、困窮',
        tags: 'DV・虐待・DV・虐待\n8050問題',
      },
    ]);
    expect(report.problems).toEqual([]);
    expect(report.counts.imported).toBe(3);
    const [one, two, three] = cases();
    expect(one?.route).toBe('phone');
    expect(valuesOf(one?.id ?? 0)).toEqual({
      fields: ['child', 'poverty'],
      tags: ['仕事・就労', '子育て'],
    });
    expect(valuesOf(two?.id ?? 0)).toEqual({
      fields: ['disability', 'elderly'],
      tags: ['DV・虐待', '介護'],
    });
    expect(valuesOf(three?.id ?? 0)).toEqual({
      fields: ['disability', 'elderly', 'poverty'],
      tags: ['8050問題', 'DV・虐待'],
    });
  });

  it('names only the part that matches nothing, in each column', async () => {
    const { report } = await run([
      {
        receivedOn: '2025/5/1',
        name: '一 郎',
        route: 'FAX',
        fields: '高齢・医療',
        tags: '子育て・ゴミ屋敷・DV・虐待',
      },
      { receivedOn: '2025/5/2', name: '二 郎', birth: 'S40.1.2', route: '電話・来所' },
    ]);
    expect(report.written).toBe(false);
    expect(report.problems.map((p) => [p.row, p.letter, p.severity, p.message])).toEqual([
      [
        firstLedgerRow,
        'I',
        'error',
        '相談経路は 窓口・電話・訪問・アウトリーチ・関係機関からのつなぎ・メール・その他 のどれかにしてください（FAX）',
      ],
      [
        firstLedgerRow,
        'J',
        'error',
        '相談分野に使えない値があります: 医療（高齢・障害・子ども・生活困窮・その他 から書いてください）',
      ],
      [
        firstLedgerRow,
        'K',
        'error',
        '課題の一覧にない言葉です: ゴミ屋敷（管理画面で課題の一覧に加えるか、一覧の言葉に直してください）',
      ],
      [
        firstLedgerRow + 1,
        'I',
        'warning',
        '相談経路が複数あります。最初の「電話」で取り込みます（「窓口」は取り込みません）',
      ],
    ]);
  });
});
