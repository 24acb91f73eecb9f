import { describe, expect, it } from 'vitest';
import type { AuditRowView } from '../../../../electron/contract/schemas/audit';
import { auditVersionLink } from '../audit/auditVersionLink';
import { changedLabels, formatHistoryValue, historyFields } from './historyFields';

const names = { staff: { '2': '相談 一郎' }, agency: { '5': '西地域包括支援センター' } };
const field = (record: keyof typeof historyFields, key: string) => {
  const found = historyFields[record].find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};

describe('a version read as the screen reads it', () => {
  it('shows dates in 和暦, codes by their names, staff and agencies by name', () => {
    expect(formatHistoryValue(field('note', 'occurredAt'), '2026-04-02T10:00', names)).toBe(
      '令和8年4月2日（木） 10:00',
    );
    expect(formatHistoryValue(field('note', 'means'), 'homeVisit', names)).toBe('訪問');
    expect(formatHistoryValue(field('note', 'staffId'), 2, names)).toBe('相談 一郎');
    expect(formatHistoryValue(field('note', 'minutes'), 30, names)).toBe('30分');
    expect(formatHistoryValue(field('case', 'fields'), ['elderly', 'poverty'], names)).toBe(
      '高齢、生活困窮',
    );
    expect(formatHistoryValue(field('case', 'closedOn'), '2026-05-01', names)).toBe(
      '令和8年5月1日',
    );
    expect(formatHistoryValue(field('case', 'restricted'), false, names)).toBe('なし');
    expect(formatHistoryValue(field('consent', 'agencyIds'), [5], names)).toBe(
      '西地域包括支援センター',
    );
    expect(formatHistoryValue(field('case', 'mainStaffId'), 99, names)).toBe('（不明な職員）');
    expect(formatHistoryValue(field('note', 'assessment'), '', names)).toBe('');
  });

  it('lists a plan’s goals and rows one a line', () => {
    expect(
      formatHistoryValue(
        field('plan', 'goals'),
        [
          { kind: 'long', text: '安定した収入' },
          { kind: 'short', text: '通院を続ける' },
        ],
        names,
      ),
    ).toBe('・長期目標：安定した収入\n・短期目標：通院を続ける');
    expect(
      formatHistoryValue(
        field('plan', 'rows'),
        [{ issue: '介護', content: '申請に同行', assigneeAgencyId: 5, frequency: '1回' }],
        names,
      ),
    ).toBe('・介護：申請に同行（西地域包括支援センター、1回）');
  });

  it('names the changed fields in screen order', () => {
    expect(changedLabels('note', ['assessment', 'facts', 'unknownKey'])).toEqual(['内容', '所見']);
  });
});

describe('the 監査ログ link to a version', () => {
  const row = (over: Partial<AuditRowView>): AuditRowView => ({
    id: 1,
    at: '2026-04-01T00:00:00.000Z',
    actorName: '管理 花子',
    actorLogin: 'kanri',
    action: 'note.update',
    actionLabel: '経過記録の訂正',
    targetType: 'note',
    targetId: '7',
    targetText: '',
    detail: '{"caseId":3,"fields":["facts"],"revision":2}',
    detailText: '',
    ...over,
  });
  it('points at the record and version a row names, and at nothing else', () => {
    expect(auditVersionLink(row({}))).toEqual({ record: 'note', id: 7, version: 2 });
    expect(auditVersionLink(row({ detail: '{"caseId":3}' }))).toBeNull();
    expect(auditVersionLink(row({ targetType: 'meeting' }))).toBeNull();
    expect(auditVersionLink(row({ detail: 'not json' }))).toBeNull();
  });
});
