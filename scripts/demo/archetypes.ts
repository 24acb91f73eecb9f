import type { AgencyKind, defaultIssueTags, Field } from '../../electron/contract/caseCodes';

/**
 * The kinds of household a 重層的支援 office meets (8050, ダブルケア, ヤングケアラー, 生活困窮,
 * 障害のある子と高齢の親 …): who lives there and which consultations they bring. Data only.
 */

export type IssueTag = (typeof defaultIssueTags)[number];

/** Which sentence pool a case's 主訴 and notes are written from. */
export type Theme =
  | 'hikikomori'
  | 'care'
  | 'doubleCare'
  | 'youngCarer'
  | 'poverty'
  | 'disability'
  | 'selfNeglect'
  | 'singleParent'
  | 'school'
  | 'mental'
  | 'dv';

export type MemberSpec = {
  /** 続柄 to the head of the household (the first member is the head, 本人). */
  relationship: string;
  sex: 'male' | 'female' | 'either';
  age: readonly [number, number];
  /** A different family name (e.g. the wife's mother). */
  ownFamilyName?: boolean;
  livesTogether?: boolean;
  careLevels?: readonly string[];
  disabilityBooks?: readonly string[];
  livelihoods: readonly string[];
  phone: 'home' | 'mobile' | 'none';
};

export type CaseSpec = {
  /** Index of the member the case is about (本人). */
  subject: number;
  theme: Theme;
  fields: readonly Field[];
  tags: readonly IssueTag[];
  /** Some of these are added. */
  extraTags: readonly IssueTag[];
  /** Agencies likely to be involved, most likely first. */
  agencyKinds: readonly AgencyKind[];
  /** Who often comes or calls on the person's behalf, and what they are to them. */
  visitor?: { member: number; relation: string };
  outreachLikely?: boolean;
  restricted?: boolean;
};

export type Archetype = {
  key: string;
  /** Relative frequency among households. */
  weight: number;
  memo: string;
  members: readonly MemberSpec[];
  cases: readonly CaseSpec[];
};

const pension = ['国民年金', '厚生年金', '遺族年金', '国民年金（月6万円程度）'];
const care = ['要支援1', '要支援2', '要介護1', '要介護2', '要介護3'];
const school = ['小学生', '中学生', '高校生'];

export const archetypes: readonly Archetype[] = [
  {
    key: '8050',
    weight: 3,
    memo: '高齢の親と無職の子の二人暮らし。',
    members: [
      {
        relationship: '本人',
        sex: 'either',
        age: [78, 90],
        careLevels: care,
        livelihoods: pension,
        phone: 'home',
      },
      {
        relationship: '長男',
        sex: 'male',
        age: [48, 58],
        livelihoods: ['無職', '無職（親の年金で生活）'],
        phone: 'none',
      },
    ],
    cases: [
      {
        subject: 1,
        theme: 'hikikomori',
        fields: ['poverty', 'other'],
        tags: ['8050問題', 'ひきこもり'],
        extraTags: ['社会的孤立', '生活困窮', '仕事・就労'],
        agencyKinds: ['selfReliance', 'houkatsu', 'minsei', 'npo', 'helloWork'],
        visitor: { member: 0, relation: '親' },
        outreachLikely: true,
      },
      {
        subject: 0,
        theme: 'care',
        fields: ['elderly'],
        tags: ['介護', '8050問題'],
        extraTags: ['病気・健康', '家族関係'],
        agencyKinds: ['houkatsu', 'medical', 'municipal'],
      },
    ],
  },
  {
    key: 'doubleCare',
    weight: 2,
    memo: '子育てと親の介護が重なっている。',
    members: [
      {
        relationship: '本人',
        sex: 'male',
        age: [36, 48],
        livelihoods: ['会社員', '自営業'],
        phone: 'mobile',
      },
      {
        relationship: '妻',
        sex: 'female',
        age: [34, 46],
        livelihoods: ['パート勤務', '育児休業中', '無職'],
        phone: 'mobile',
      },
      {
        relationship: '長男',
        sex: 'either',
        age: [0, 6],
        livelihoods: ['保育園', '未就園'],
        phone: 'none',
      },
      {
        relationship: '妻の母',
        sex: 'female',
        age: [70, 86],
        ownFamilyName: true,
        livesTogether: false,
        careLevels: care,
        livelihoods: pension,
        phone: 'home',
      },
    ],
    cases: [
      {
        subject: 1,
        theme: 'doubleCare',
        fields: ['child', 'elderly'],
        tags: ['ダブルケア', '子育て'],
        extraTags: ['介護', '病気・健康'],
        agencyKinds: ['houkatsu', 'childFamily', 'shakyo'],
      },
      {
        subject: 3,
        theme: 'care',
        fields: ['elderly'],
        tags: ['介護'],
        extraTags: ['病気・健康', '社会的孤立'],
        agencyKinds: ['houkatsu', 'medical'],
        visitor: { member: 1, relation: '長女' },
      },
    ],
  },
  {
    key: 'youngCarer',
    weight: 2,
    memo: '中高生の子が祖母の介護と家事を担っている。',
    members: [
      {
        relationship: '本人',
        sex: 'female',
        age: [38, 50],
        livelihoods: ['パート勤務', '夜間勤務', '休職中'],
        phone: 'mobile',
      },
      { relationship: '長女', sex: 'either', age: [12, 17], livelihoods: school, phone: 'none' },
      {
        relationship: '母',
        sex: 'female',
        age: [72, 88],
        careLevels: care,
        livelihoods: pension,
        phone: 'none',
      },
    ],
    cases: [
      {
        subject: 1,
        theme: 'youngCarer',
        fields: ['child'],
        tags: ['ヤングケアラー'],
        extraTags: ['不登校', '家族関係', '介護'],
        agencyKinds: ['school', 'childFamily', 'houkatsu', 'npo'],
      },
      {
        subject: 2,
        theme: 'care',
        fields: ['elderly'],
        tags: ['介護'],
        extraTags: ['病気・健康'],
        agencyKinds: ['houkatsu', 'medical'],
      },
      {
        subject: 0,
        theme: 'mental',
        fields: ['disability'],
        tags: ['病気・健康'],
        extraTags: ['仕事・就労', '生活困窮'],
        agencyKinds: ['medical', 'disabilitySupport'],
      },
    ],
  },
  {
    key: 'poorSingle',
    weight: 3,
    memo: '単身。収入が途絶え家賃や公共料金の滞納がある。',
    members: [
      {
        relationship: '本人',
        sex: 'either',
        age: [30, 64],
        livelihoods: ['無職', '日雇い', '派遣（契約終了）', 'アルバイト'],
        phone: 'mobile',
      },
    ],
    cases: [
      {
        subject: 0,
        theme: 'poverty',
        fields: ['poverty'],
        tags: ['生活困窮', '仕事・就労'],
        extraTags: ['債務', '住まい', '社会的孤立'],
        agencyKinds: ['selfReliance', 'helloWork', 'shakyo', 'npo', 'municipal'],
      },
    ],
  },
  {
    key: 'disabledChild',
    weight: 2,
    memo: '障害のある子と高齢の両親。親亡き後を心配している。',
    members: [
      {
        relationship: '本人',
        sex: 'male',
        age: [72, 85],
        careLevels: ['', '要支援1', '要介護1'],
        livelihoods: pension,
        phone: 'home',
      },
      { relationship: '妻', sex: 'female', age: [70, 83], livelihoods: pension, phone: 'none' },
      {
        relationship: '長男',
        sex: 'either',
        age: [40, 52],
        disabilityBooks: ['療育手帳 B', '療育手帳 A', '精神障害者保健福祉手帳 2級'],
        livelihoods: ['就労継続支援B型事業所に通所', '障害基礎年金2級', '在宅'],
        phone: 'none',
      },
    ],
    cases: [
      {
        subject: 2,
        theme: 'disability',
        fields: ['disability'],
        tags: ['障害', '家族関係'],
        extraTags: ['仕事・就労', '住まい'],
        agencyKinds: ['disabilitySupport', 'municipal', 'houkatsu'],
        visitor: { member: 1, relation: '母' },
      },
      {
        subject: 0,
        theme: 'care',
        fields: ['elderly'],
        tags: ['介護'],
        extraTags: ['病気・健康'],
        agencyKinds: ['houkatsu', 'medical'],
      },
    ],
  },
  {
    key: 'elderlyAlone',
    weight: 3,
    memo: '高齢の独居。近隣から心配の声がある。',
    members: [
      {
        relationship: '本人',
        sex: 'either',
        age: [72, 92],
        careLevels: ['', '', '要支援1', '要介護1'],
        livelihoods: pension,
        phone: 'home',
      },
    ],
    cases: [
      {
        subject: 0,
        theme: 'selfNeglect',
        fields: ['elderly'],
        tags: ['セルフネグレクト', '社会的孤立'],
        extraTags: ['病気・健康', '住まい', '介護'],
        agencyKinds: ['minsei', 'houkatsu', 'shakyo', 'medical'],
        outreachLikely: true,
      },
    ],
  },
  {
    key: 'singleParent',
    weight: 2,
    memo: 'ひとり親家庭。就労収入が不安定。',
    members: [
      {
        relationship: '本人',
        sex: 'female',
        age: [28, 45],
        livelihoods: ['パート勤務', '派遣社員', '児童扶養手当受給'],
        phone: 'mobile',
      },
      { relationship: '長男', sex: 'either', age: [9, 15], livelihoods: school, phone: 'none' },
      {
        relationship: '次男',
        sex: 'either',
        age: [4, 10],
        livelihoods: ['小学生', '保育園'],
        phone: 'none',
      },
    ],
    cases: [
      {
        subject: 0,
        theme: 'singleParent',
        fields: ['poverty', 'child'],
        tags: ['生活困窮', '子育て'],
        extraTags: ['仕事・就労', '債務'],
        agencyKinds: ['selfReliance', 'childFamily', 'npo', 'helloWork'],
      },
      {
        subject: 1,
        theme: 'school',
        fields: ['child'],
        tags: ['不登校'],
        extraTags: ['家族関係'],
        agencyKinds: ['school', 'childFamily'],
        visitor: { member: 0, relation: '母' },
      },
    ],
  },
  {
    key: 'mentalHealth',
    weight: 2,
    memo: '精神的な不調で仕事を離れ、外出が減っている。',
    members: [
      { relationship: '本人', sex: 'either', age: [58, 76], livelihoods: pension, phone: 'home' },
      {
        relationship: '長女',
        sex: 'either',
        age: [25, 45],
        disabilityBooks: ['', '精神障害者保健福祉手帳 3級'],
        livelihoods: ['無職', '休職中', '傷病手当金受給'],
        phone: 'mobile',
      },
    ],
    cases: [
      {
        subject: 1,
        theme: 'mental',
        fields: ['disability', 'other'],
        tags: ['病気・健康', 'ひきこもり'],
        extraTags: ['障害', '社会的孤立', '仕事・就労'],
        agencyKinds: ['medical', 'disabilitySupport', 'selfReliance', 'npo'],
        visitor: { member: 0, relation: '親' },
        outreachLikely: true,
      },
    ],
  },
  {
    key: 'dv',
    weight: 1,
    memo: '配偶者からの暴力により転居。所在は関係者限り。',
    members: [
      {
        relationship: '本人',
        sex: 'female',
        age: [28, 45],
        livelihoods: ['パート勤務', '無職'],
        phone: 'mobile',
      },
      {
        relationship: '長女',
        sex: 'either',
        age: [3, 12],
        livelihoods: ['保育園', '小学生'],
        phone: 'none',
      },
    ],
    cases: [
      {
        subject: 0,
        theme: 'dv',
        fields: ['child', 'other'],
        tags: ['DV・虐待', '住まい'],
        extraTags: ['子育て', '家族関係', '生活困窮'],
        agencyKinds: ['childFamily', 'other', 'municipal', 'school'],
        restricted: true,
      },
    ],
  },
];
