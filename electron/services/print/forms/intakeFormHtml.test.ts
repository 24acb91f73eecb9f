import { describe, expect, it } from 'vitest';
import type { ConsentView } from '../../../contract/schemas/caseWork';
import {
  applicationStatement,
  infoSharingStatement,
  noConsentStatement,
} from './intakeConsentHtml';
import { intakeFormHtml } from './intakeFormHtml';
import { sampleCaseDetail, samplePerson, testPrintContext } from './printFixture.testing';

/** The document's text without tags or runs of whitespace, for reading assertions. */
function textOf(doc: string): string {
  const body = doc.slice(doc.indexOf('<body>'));
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const members = [
  samplePerson(),
  samplePerson({
    id: 12,
    name: '山田 一郎',
    nameKana: 'やまだ いちろう',
    birthDate: '1976-02-03',
    relationship: '長男',
    careLevel: '',
    disabilityBook: '精神保健福祉手帳2級',
    livesTogether: false,
    age: 50,
  }),
];

describe('intakeFormHtml (相談受付・申込票)', () => {
  const doc = intakeFormHtml(sampleCaseDetail(), testPrintContext, members);
  const text = textOf(doc);

  it('holds the reception: case number, 受付日 in 和暦, 受付者, 経路, 来談者', () => {
    expect(text).toContain('相談受付・申込票');
    expect(text).toContain('ケース番号 R8-0001');
    expect(text).toContain('受付日 令和8年4月1日');
    expect(text).toContain('受付者 相談 一郎');
    expect(text).toContain('相談経路 窓口');
    expect(text).toContain('来談者 山田 花子（長女）');
    expect(text).toContain('来談者の電話 080-2345-6789');
    expect(text).toContain('本人同意あり');
  });

  it('holds the person: 氏名, ふりがな, 生年月日 in 和暦 with the age, 性別, 住所, 電話 自宅 / 携帯', () => {
    expect(text).toContain('氏名 山田 太郎');
    expect(text).toContain('ふりがな やまだ たろう');
    expect(text).toContain('生年月日 昭和19年6月12日（82歳）');
    expect(text).toContain('性別 男性');
    expect(text).toContain('住所 〒123-4567 みどり町本町2-14-3 （東圏域）');
    expect(text).toContain('電話（自宅） 0123-45-6789 電話（携帯） 090-1234-5678');
    expect(text).toContain('E-mail');
  });

  it('lists the household, marking the person, and says what the consultation is about', () => {
    expect(text).toContain('◎ 山田 太郎');
    expect(text).toContain(
      '山田 一郎 やまだ いちろう 長男 昭和51年2月3日（50歳） 男性 別居 精神保健福祉手帳2級',
    );
    expect(text).toContain('住居形態：持ち家');
    expect(text).toContain('相談分野 高齢・生活困窮');
    expect(text).toContain('緊急度 高');
    expect(text).toContain('課題 8050問題・ひきこもり 主な課題 ひきこもり');
    expect(doc).toContain('同居の長男が10年ほど家から出ない。\n年金だけで暮らしが苦しい。</div>');
  });

  it('marks the 相談内容 checklist: ◎ for the 主な課題, ○ for the others, その他 names its tags', () => {
    expect(text).toContain('◎ ひきこもり・不登校');
    expect(text).toContain('○ その他（8050問題）');
    // Every item is printed, marked or not, with a box to mark by hand.
    expect(doc.match(/<span class="mark">/g)).toHaveLength(16);
    expect(doc).toMatch(/<span class="mark"><\/span>食べるものがない/);
  });

  it('after the office 個人情報の取扱い sentence, signs the application and the consent apart', () => {
    const custom = 'みどり町は、相談で知った個人情報を条例に従い管理します。';
    const own = textOf(intakeFormHtml(sampleCaseDetail(), testPrintContext, members, custom));
    const privacyAt = own.indexOf(custom);
    const applicationAt = own.indexOf(applicationStatement);
    const sharingAt = own.indexOf(infoSharingStatement);
    expect(privacyAt).toBeGreaterThan(0);
    expect(applicationAt).toBeGreaterThan(privacyAt);
    expect(sharingAt).toBeGreaterThan(applicationAt);
    expect(own).toContain('利用申込');
    expect(own).toContain('情報共有への同意');
    // Two signature blocks, each with its date, signature and 代筆者 line.
    expect(own.match(/日付 令和/g)).toHaveLength(2);
    expect(own.match(/本人署名/g)).toHaveLength(2);
    expect(own.match(/代筆者 （関係・代筆の理由：/g)).toHaveLength(2);
    expect(own).not.toContain(noConsentStatement);
  });

  it('prints the 同意なし form when 情報共有 was refused: no consent box, the 支援会議 statement', () => {
    const refused: ConsentView = {
      id: 1,
      kind: 'infoSharing',
      state: 'refused',
      recordedOn: '2026-04-03',
      method: 'verbal',
      proxyName: '',
      obtainedById: 2,
      obtainedByName: '相談 一郎',
      agencies: [],
      note: '',
    };
    const detail = sampleCaseDetail();
    const noConsent = textOf(
      intakeFormHtml(
        {
          ...detail,
          consents: {
            ...detail.consents,
            current: { ...detail.consents.current, infoSharing: refused },
          },
        },
        testPrintContext,
        members,
      ),
    );
    expect(noConsent).toContain('本人同意なし');
    expect(noConsent).toContain(noConsentStatement);
    expect(noConsentStatement).toContain('社会福祉法第106条の6');
    expect(noConsent).not.toContain(infoSharingStatement);
    expect(noConsent).toContain('記録：同意なし（令和8年4月3日・口頭）');
    expect(noConsent).toContain(applicationStatement);
    expect(noConsent.match(/本人署名/g)).toHaveLength(1);
  });

  it('prints the office and 作成日 on every page and the case and name at the foot', () => {
    expect(doc).toContain('@top-left{content:"みどり町"');
    expect(doc).toContain('作成日 令和8年11月27日');
    expect(doc).toContain('@bottom-left{content:"R8\\2d 0001\\3000 山田 太郎"');
  });

  it('says when nothing is known rather than printing null', () => {
    const unknown = sampleCaseDetail({
      visitorName: '',
      receivedByName: null,
      person: samplePerson({ birthDate: null, age: null, sex: null, phone: '', nameKana: '' }),
    });
    const blank = textOf(intakeFormHtml(unknown, testPrintContext, []));
    expect(blank).toContain('来談者 本人');
    expect(blank).toContain('世帯員の登録はありません。');
    expect(blank).not.toMatch(/null|undefined|NaN/);
  });

  it('escapes every value: a script in a name or 主訴 is text, a quote cannot leave a string', () => {
    const hostile = '<script>alert(1)</script>';
    const quote = '"><img src=x onerror=alert(1)>';
    const detail = sampleCaseDetail({
      chiefComplaint: hostile,
      visitorName: quote,
      person: samplePerson({ name: hostile, nameKana: quote }),
    });
    const out = intakeFormHtml(detail, testPrintContext, [samplePerson({ name: hostile })]);
    expect(out).not.toMatch(/<script|<img/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(textOf(out)).toContain(`氏名 ${hostile}`);
    // In the page footer the name is a CSS string: hex escapes only, nothing that ends it.
    const footer = /@bottom-left\{content:("[^"]*")/.exec(out)?.[1] ?? '';
    expect(footer).toContain('\\3c script\\3e ');
  });
});
