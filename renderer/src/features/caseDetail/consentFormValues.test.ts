import { describe, expect, it } from 'vitest';
import {
  consentCorrectionFrom,
  consentInputFrom,
  consentValuesFrom,
  emptyConsentValues,
  validateConsentValues,
} from './consentFormValues';

const today = '2026-04-10';

describe('consent form', () => {
  it('starts as 相談申込, today, with 状態 and 取得方法 left for the worker to choose', () => {
    const empty = emptyConsentValues(today);
    expect(empty).toMatchObject({ kind: 'application', state: null, method: null });
    expect(validateConsentValues(empty, today)).toEqual({
      state: '状態を選んでください',
      method: '取得方法を選んでください（なければ「なし」）',
    });
    expect(() => consentInputFrom(7, empty)).toThrow();
    const chosen = { ...empty, state: 'given' as const, method: 'signature' as const };
    expect(validateConsentValues(chosen, today)).toEqual({});
    expect(consentInputFrom(7, chosen)).toEqual({
      caseId: 7,
      kind: 'application',
      state: 'given',
      recordedOn: '2026-04-10',
      method: 'signature',
      proxyName: '',
      agencyIds: [],
      note: '',
    });
  });

  it('sends 取得方法 「なし」 as no method', () => {
    const none = {
      ...emptyConsentValues(today),
      state: 'refused' as const,
      method: 'none' as const,
    };
    expect(validateConsentValues(none, today)).toEqual({});
    expect(consentInputFrom(7, none)).toMatchObject({ state: 'refused', method: null });
  });

  it('needs 代筆者 with 代筆, and sends it only then', () => {
    const proxy = {
      ...emptyConsentValues(today),
      state: 'given' as const,
      method: 'proxy' as const,
      proxyName: '',
    };
    expect(validateConsentValues(proxy, today)).toEqual({ proxyName: '代筆者を入力してください' });
    const named = { ...proxy, proxyName: '山田 花子（長女）' };
    expect(validateConsentValues(named, today)).toEqual({});
    expect(consentInputFrom(7, named).proxyName).toBe('山田 花子（長女）');
    expect(consentInputFrom(7, { ...named, method: 'verbal' }).proxyName).toBe('');
  });

  it('refuses a missing, impossible or future date', () => {
    const values = emptyConsentValues(today);
    expect(validateConsentValues({ ...values, recordedOn: '' }, today).recordedOn).toBe(
      '日付を入力してください',
    );
    expect(validateConsentValues({ ...values, recordedOn: 'R8.2.30' }, today).recordedOn).toBe(
      '存在しない日付です',
    );
    expect(validateConsentValues({ ...values, recordedOn: '2026/4/11' }, today).recordedOn).toBe(
      '未来の日付は入力できません',
    );
  });

  it('sends the chosen agencies as ids', () => {
    const values = {
      ...emptyConsentValues(today),
      state: 'given' as const,
      method: 'verbal' as const,
      kind: 'infoSharing' as const,
      agencyIds: ['3', '12'],
    };
    expect(consentInputFrom(7, values)).toMatchObject({ kind: 'infoSharing', agencyIds: [3, 12] });
  });
});

describe('訂正 of a consent record', () => {
  it('puts the saved record back in the form and sends it as consent.correct', () => {
    const view = {
      id: 9,
      kind: 'infoSharing' as const,
      state: 'given' as const,
      recordedOn: '2026-04-02',
      method: 'proxy' as const,
      proxyName: '長女',
      obtainedById: 1,
      obtainedByName: '管理 花子',
      agencies: [{ id: 4, name: '西地域包括支援センター' }],
      note: '',
    };
    const values = consentValuesFrom(view);
    expect(values).toMatchObject({ kind: 'infoSharing', method: 'proxy', agencyIds: ['4'] });
    expect(consentCorrectionFrom(9, { ...values, recordedOn: '令和8年4月1日' })).toEqual({
      id: 9,
      state: 'given',
      recordedOn: '2026-04-01',
      method: 'proxy',
      proxyName: '長女',
      agencyIds: [4],
      note: '',
    });
    expect(consentValuesFrom({ ...view, method: null }).method).toBe('none');
  });
});
