import { describe, expect, it } from 'vitest';
import { intakeConsentStatement, intakeFormHtml } from './intakeFormHtml';
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
  });

  it('holds the person: 氏名, ふりがな, 生年月日 in 和暦 with the age, 性別, 住所, 連絡先', () => {
    expect(text).toContain('氏名 山田 太郎');
    expect(text).toContain('ふりがな やまだ たろう');
    expect(text).toContain('生年月日 昭和19年6月12日（82歳）');
    expect(text).toContain('性別 男性');
    expect(text).toContain('住所 〒123-4567 みどり町本町2-14-3 （東圏域）');
    expect(text).toContain('連絡先 電話 0123-45-6789');
  });

  it('lists the household, marking the person, and says what the consultation is about', () => {
    expect(text).toContain('◎ 山田 太郎');
    expect(text).toContain(
      '山田 一郎 やまだ いちろう 長男 昭和51年2月3日（50歳） 男性 別居 精神保健福祉手帳2級',
    );
    expect(text).toContain('住居形態：持ち家');
    expect(text).toContain('相談分野 高齢・生活困窮');
    expect(text).toContain('緊急度 高');
    expect(text).toContain('課題 8050問題・ひきこもり');
    expect(doc).toContain('同居の長男が10年ほど家から出ない。\n年金だけで暮らしが苦しい。</div>');
  });

  it('ends with the application and consent to sign: 日付, 本人署名, 代筆者', () => {
    expect(text).toContain(intakeConsentStatement);
    expect(doc).toMatch(/<th>日付<\/th>\s*<td class="blank">令和(\u3000{3}[年月日]){3}<\/td>/);
    expect(text).toMatch(/本人署名\s+代筆者\s+（本人との関係：/);
    expect(doc).toMatch(/<div class="signature keep">/);
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
