import { describe, expect, it } from 'vitest';
import { meetingKinds } from '../../../../electron/contract/meetingCodes';
import { settingsUpdateFrom, validateSettings } from './settingsFormValues';

const settings = {
  municipalityName: 'みどり町',
  idleLockMinutes: 10,
  planEvaluationMonths: 3,
  meetingKindNames: meetingKinds.labels,
  privacyNotice: '個人情報は相談のためにだけ使います。',
};

describe('基本設定 form', () => {
  it('sends only what changed', () => {
    expect(
      settingsUpdateFrom(settings, { municipalityName: 'みどり町', idleLockMinutes: 10 }),
    ).toEqual({});
    expect(
      settingsUpdateFrom(settings, { municipalityName: ' あおば町 ', idleLockMinutes: 15 }),
    ).toEqual({
      municipalityName: 'あおば町',
      idleLockMinutes: 15,
    });
  });

  it.each([
    [
      { municipalityName: '', idleLockMinutes: 10 },
      { municipalityName: '自治体名を入力してください' },
    ],
    [
      { municipalityName: 'みどり町', idleLockMinutes: '' },
      { idleLockMinutes: '自動ロックまでの時間を入力してください' },
    ],
    [
      { municipalityName: 'みどり町', idleLockMinutes: 0 },
      { idleLockMinutes: '自動ロックまでの時間は1分以上にしてください' },
    ],
    [
      { municipalityName: 'みどり町', idleLockMinutes: 121 },
      { idleLockMinutes: '自動ロックまでの時間は120分以内にしてください' },
    ],
    [{ municipalityName: 'みどり町', idleLockMinutes: 30 }, {}],
  ])('checks %o in Japanese', (values, errors) => {
    expect(validateSettings(values)).toEqual(errors);
  });
});
