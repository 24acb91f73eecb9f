import type { AgencyKind } from '../../electron/contract/caseCodes';
import type { Area } from './town';

/**
 * The fictional agencies of みどり町, at least one of every kind. Phone numbers use a 市内局番
 * starting with 0, which is never assigned. `area` ties an agency to one 圏域 (each has its own
 * 地域包括支援センター and 民生委員 district). Data only.
 */
export type DemoAgency = {
  name: string;
  kind: AgencyKind;
  contactPerson: string;
  phone: string;
  address: string;
  shienMeetingMember: boolean;
  area?: Area;
  /** 役割分担 texts when the kind's general ones do not fit this agency. */
  roles?: readonly string[];
};

export const demoAgencies: readonly DemoAgency[] = [
  {
    name: 'みどり町地域包括支援センター北',
    kind: 'houkatsu',
    contactPerson: '社会福祉士 大森',
    phone: '099-011-2101',
    address: 'みどり町本町1丁目2-1',
    shienMeetingMember: true,
    area: '北圏域',
  },
  {
    name: 'みどり町地域包括支援センター南',
    kind: 'houkatsu',
    contactPerson: '主任介護支援専門員 宮本',
    phone: '099-011-2102',
    address: 'みどり町川西2丁目8-4',
    shienMeetingMember: true,
    area: '南圏域',
  },
  {
    name: '相談支援事業所ひだまり',
    kind: 'disabilitySupport',
    contactPerson: '相談支援専門員 北川',
    phone: '099-012-3301',
    address: 'みどり町緑ヶ丘3丁目1-7',
    shienMeetingMember: true,
  },
  {
    name: '相談支援事業所あおぞら',
    kind: 'disabilitySupport',
    contactPerson: '相談支援専門員 早川',
    phone: '099-012-3302',
    address: 'みどり町新田1丁目4-2',
    shienMeetingMember: false,
  },
  {
    name: 'みどり町こども家庭センター',
    kind: 'childFamily',
    contactPerson: '保健師 内田',
    phone: '099-013-1001',
    address: 'みどり町本町1丁目1-1（役場2階）',
    shienMeetingMember: true,
  },
  {
    name: 'みどり町自立相談支援センター',
    kind: 'selfReliance',
    contactPerson: '主任相談支援員 杉本',
    phone: '099-014-5501',
    address: 'みどり町本町1丁目1-1（役場1階）',
    shienMeetingMember: true,
  },
  {
    name: 'みどり町社会福祉協議会',
    kind: 'shakyo',
    contactPerson: '地域福祉コーディネーター 野口',
    phone: '099-015-2200',
    address: 'みどり町本町2丁目3-5',
    shienMeetingMember: true,
  },
  {
    name: 'みどり町社会福祉協議会 南支所',
    kind: 'shakyo',
    contactPerson: '生活支援コーディネーター 菅原',
    phone: '099-015-2201',
    address: 'みどり町港1丁目6-3',
    shienMeetingMember: true,
    area: '南圏域',
  },
  {
    name: '民生委員・児童委員（北地区）',
    kind: 'minsei',
    contactPerson: '北地区民生委員 代表',
    phone: '099-016-0101',
    address: '',
    shienMeetingMember: true,
    area: '北圏域',
  },
  {
    name: '民生委員・児童委員（南地区）',
    kind: 'minsei',
    contactPerson: '南地区民生委員 代表',
    phone: '099-016-0102',
    address: '',
    shienMeetingMember: true,
    area: '南圏域',
  },
  {
    name: 'みどり町立病院 地域医療連携室',
    kind: 'medical',
    contactPerson: '医療ソーシャルワーカー 平野',
    phone: '099-017-7000',
    address: 'みどり町山の手1丁目10-1',
    shienMeetingMember: false,
    roles: ['通院と服薬の管理', '受診調整と主治医との連携', '入退院の調整と医療費の相談'],
  },
  {
    name: '緑ヶ丘こころのクリニック',
    kind: 'medical',
    contactPerson: '精神保健福祉士 今井',
    phone: '099-017-7101',
    address: 'みどり町緑ヶ丘2丁目5-12',
    shienMeetingMember: false,
    roles: ['精神科の通院と服薬の管理', '主治医との連携と病状の共有'],
  },
  {
    name: 'みどり町立みどり中学校',
    kind: 'school',
    contactPerson: 'スクールソーシャルワーカー 松井',
    phone: '099-018-4001',
    address: 'みどり町山の手2丁目1-1',
    shienMeetingMember: true,
  },
  {
    name: 'みどり町立川西小学校',
    kind: 'school',
    contactPerson: '教頭 桜井',
    phone: '099-018-4002',
    address: 'みどり町川西3丁目2-1',
    shienMeetingMember: true,
  },
  {
    name: 'ハローワークみどり',
    kind: 'helloWork',
    contactPerson: '就職支援ナビゲーター 荒木',
    phone: '099-019-8600',
    address: 'みどり町港2丁目1-9',
    shienMeetingMember: false,
  },
  {
    name: 'みどり町役場 福祉課',
    kind: 'municipal',
    contactPerson: '障害福祉係 千葉',
    phone: '099-010-1110',
    address: 'みどり町本町1丁目1-1',
    shienMeetingMember: true,
    roles: ['障害福祉サービスの支給決定', '生活保護の相談'],
  },
  {
    name: 'みどり町役場 健康長寿課',
    kind: 'municipal',
    contactPerson: '介護保険係 矢野',
    phone: '099-010-1120',
    address: 'みどり町本町1丁目1-1',
    shienMeetingMember: true,
    roles: ['介護保険の申請受付', '高齢者福祉サービスの調整'],
  },
  {
    name: 'みどり町役場 税務課',
    kind: 'municipal',
    contactPerson: '収納係 本田',
    phone: '099-010-1130',
    address: 'みどり町本町1丁目1-1',
    shienMeetingMember: false,
    roles: ['町税の納付相談と分納の調整'],
  },
  {
    name: 'みどり町役場 町民生活課',
    kind: 'municipal',
    contactPerson: '住宅係 久保',
    phone: '099-010-1140',
    address: 'みどり町本町1丁目1-1',
    shienMeetingMember: false,
    roles: ['町営住宅の入居相談', '国民健康保険の手続き'],
  },
  {
    name: 'NPO法人よりそいネットみどり',
    kind: 'npo',
    contactPerson: '理事長 堀',
    phone: '099-020-3030',
    address: 'みどり町本町3丁目7-2',
    shienMeetingMember: false,
    roles: ['居場所の提供', '訪問による見守りと話し相手'],
  },
  {
    name: 'フードバンクみどり',
    kind: 'npo',
    contactPerson: '事務局 水野',
    phone: '099-020-3040',
    address: 'みどり町新田2丁目2-8',
    shienMeetingMember: false,
    roles: ['食料支援'],
  },
  {
    name: 'こども食堂わいわい',
    kind: 'npo',
    contactPerson: '代表 小松',
    phone: '099-020-3050',
    address: 'みどり町港1丁目3-3',
    shienMeetingMember: false,
    roles: ['子どもの居場所と食事の提供', '学習支援と見守り'],
  },
  {
    name: 'みどり居住支援サポート',
    kind: 'other',
    contactPerson: '担当 西田',
    phone: '099-021-6060',
    address: 'みどり町川西1丁目9-6',
    shienMeetingMember: false,
    roles: ['住まい探しと入居の支援'],
  },
  {
    name: 'みどり警察署 生活安全課',
    kind: 'other',
    contactPerson: '生活安全係',
    phone: '099-022-0110',
    address: 'みどり町港3丁目1-1',
    shienMeetingMember: false,
    roles: ['安全確保のための連携'],
  },
];
