import { describe, expect, it } from 'vitest';
import { auditFiltersFrom, emptyAuditFilters } from './auditFilterValues';

describe('audit filter values', () => {
  it('turns the bar into audit.list filters, dates typed in 和暦 included', () => {
    expect(auditFiltersFrom(emptyAuditFilters)).toEqual({});
    expect(
      auditFiltersFrom({
        staffId: '3',
        action: 'auth',
        from: '令和8年4月1日',
        to: '2026/4/30',
        caseNumber: ' R8-0001 ',
        person: { id: 7, name: '山田 太郎' },
      }),
    ).toEqual({
      staffId: 3,
      action: 'auth',
      from: '2026-04-01',
      to: '2026-04-30',
      caseNumber: 'R8-0001',
      personId: 7,
    });
  });
});
