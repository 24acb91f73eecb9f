import type { Field } from '../../electron/contract/caseCodes';
import type { ResourceIntake, ResourceKind } from '../../electron/contract/communityCodes';

/**
 * The demo town's 社会資源 directory: every kind, some open-ended (no 定員), one 休止. `host` names
 * a demo agency when the host is one (linked by name), else it is written as the host's name.
 * Places and phone numbers are fictional. Data only.
 */
export type DemoResource = {
  name: string;
  kind: ResourceKind;
  host: string;
  hostIsAgency: boolean;
  place: string;
  district: string;
  schedule: string;
  capacity: number | null;
  /** 対象 as written (備考); the fit below is what 資源を探す ranks by. */
  target: string;
  ageMin: number | null;
  ageMax: number | null;
  fields: readonly Field[];
  intake: ResourceIntake;
  contact: string;
  active: boolean;
};

/** 対象年齢 [下限, 上限], the 相談分野 served (none: any) and 受入状況 as the host last said. */
type Fit = {
  ages: [min: number | null, max: number | null];
  fields: readonly Field[];
  intake: ResourceIntake;
};

const shakyo = 'みどり町社会福祉協議会';
const shakyoSouth = 'みどり町社会福祉協議会 南支所';

function resource(
  name: string,
  kind: ResourceKind,
  fit: Fit,
  host: [string, boolean],
  where: [place: string, district: string],
  schedule: string,
  capacity: number | null,
  target: string,
  contact: string,
  active = true,
): DemoResource {
  const [hostName, hostIsAgency] = host;
  const [place, district] = where;
  return {
    name,
    kind,
    host: hostName,
    hostIsAgency,
    place,
    district,
    schedule,
    capacity,
    target,
    ageMin: fit.ages[0],
    ageMax: fit.ages[1],
    fields: fit.fields,
    intake: fit.intake,
    contact,
    active,
  };
}

export const demoResources: readonly DemoResource[] = [
  resource(
    'みどりの作業所 就労体験',
    'work',
    { ages: [18, 64], fields: ['poverty', 'disability', 'other'], intake: 'open' },
    ['社会福祉法人みどり福祉会', false],
    ['みどり町本町4丁目2-1', '北圏域・本町'],
    '月〜金 10:00〜15:00（週1日から）',
    5,
    '就労に不安のある方、ひきこもり状態の方',
    '099-030-1001',
  ),
  resource(
    '道の駅みどり 売店での就労体験',
    'work',
    { ages: [18, null], fields: ['poverty', 'other'], intake: 'ask' },
    ['道の駅みどり', false],
    ['みどり町新田3丁目1', '南圏域・新田'],
    '土日 9:00〜12:00',
    3,
    '18歳以上',
    '099-030-1002',
  ),
  resource(
    '町立図書館 軽作業ボランティア体験',
    'work',
    { ages: [15, null], fields: ['disability', 'other'], intake: 'open' },
    ['みどり町立図書館', false],
    ['みどり町本町1丁目5-1', '北圏域・本町'],
    '火・木 13:00〜15:00',
    2,
    '人と話すのが苦手な方も可',
    '099-030-1003',
  ),
  resource(
    'ひだまり農園（農福連携）',
    'farming',
    { ages: [18, null], fields: ['disability', 'poverty'], intake: 'open' },
    ['NPO法人よりそいネットみどり', true],
    ['みどり町山の手2丁目 農園', '北圏域・山の手'],
    '水・土 9:00〜11:30',
    6,
    '障害のある方、就労準備中の方',
    '099-020-3030',
  ),
  resource(
    '川西いちご農家での農作業体験',
    'farming',
    { ages: [18, 70], fields: ['disability', 'poverty'], intake: 'ask' },
    ['川西いちご生産組合', false],
    ['みどり町川西4丁目 ハウス', '南圏域・川西'],
    '12〜5月 平日 8:30〜11:00',
    3,
    '体力に自信のない方は要相談',
    '099-030-1005',
  ),
  resource(
    '居場所カフェ ほっと',
    'ibasho',
    { ages: [null, null], fields: [], intake: 'open' },
    [shakyo, true],
    ['みどり町本町2丁目3-5 社協1階', '北圏域・本町'],
    '第2・第4水曜 13:30〜16:00',
    null,
    'どなたでも',
    '099-015-2200',
  ),
  resource(
    'ひきこもり経験者の集い ゆるり',
    'ibasho',
    { ages: [15, null], fields: ['other', 'poverty'], intake: 'open' },
    ['NPO法人よりそいネットみどり', true],
    ['みどり町本町3丁目7-2', '北圏域・本町'],
    '毎月第1土曜 14:00〜16:00',
    8,
    'ひきこもり経験のある方とその家族',
    '099-020-3030',
  ),
  resource(
    '港の縁側',
    'ibasho',
    { ages: [null, null], fields: ['elderly', 'child'], intake: 'open' },
    [shakyoSouth, true],
    ['みどり町港1丁目6-3', '南圏域・港'],
    '月・金 10:00〜15:00',
    12,
    '地域の高齢者、子育て中の方',
    '099-015-2201',
  ),
  resource(
    'ボランティアセンター 活動紹介',
    'volunteer',
    { ages: [null, null], fields: [], intake: 'open' },
    [shakyo, true],
    ['みどり町本町2丁目3-5', '北圏域・本町'],
    '平日 9:00〜17:00（随時相談）',
    null,
    '活動を始めたい方',
    '099-015-2200',
  ),
  resource(
    '花壇ボランティア みどりの会',
    'volunteer',
    { ages: [null, null], fields: [], intake: 'open' },
    ['みどりの会', false],
    ['みどり町緑ヶ丘 中央公園', '北圏域・緑ヶ丘'],
    '毎週火曜 9:00〜10:30',
    10,
    'どなたでも',
    '099-030-1010',
  ),
  resource(
    '学習支援教室 まなびば',
    'learning',
    { ages: [9, 15], fields: ['child', 'poverty'], intake: 'full' },
    ['こども食堂わいわい', true],
    ['みどり町港1丁目3-3', '南圏域・港'],
    '火・金 17:00〜19:00',
    10,
    '小学4年〜中学3年',
    '099-020-3050',
  ),
  resource(
    '中学生の学習会 あすなろ',
    'learning',
    { ages: [12, 15], fields: ['child'], intake: 'open' },
    [shakyo, true],
    ['みどり町本町 公民館', '北圏域・本町'],
    '毎週水曜 18:00〜20:00',
    8,
    '中学生（不登校の生徒も可）',
    '099-015-2200',
  ),
  resource(
    'こども食堂 わいわい',
    'kodomoShokudo',
    { ages: [null, 18], fields: ['child', 'poverty'], intake: 'open' },
    ['こども食堂わいわい', true],
    ['みどり町港1丁目3-3', '南圏域・港'],
    '第1・第3土曜 11:30〜13:30',
    30,
    '子どもと保護者、地域の方',
    '099-020-3050',
  ),
  resource(
    '新田こども食堂 みんなのおうち',
    'kodomoShokudo',
    { ages: [null, 18], fields: ['child'], intake: 'open' },
    ['新田地区子ども会育成会', false],
    ['みどり町新田 集会所', '南圏域・新田'],
    '毎月第2日曜 12:00〜13:30',
    20,
    '子どもと保護者',
    '099-030-1014',
  ),
  resource(
    'ふれあいいきいきサロン 本町',
    'salon',
    { ages: [65, null], fields: ['elderly'], intake: 'open' },
    ['本町地区社協', false],
    ['みどり町本町 集会所', '北圏域・本町'],
    '毎月第3火曜 10:00〜12:00',
    null,
    '65歳以上',
    '099-030-1015',
  ),
  resource(
    '山の手 お茶のみサロン',
    'salon',
    { ages: [60, null], fields: ['elderly'], intake: 'open' },
    [shakyo, true],
    ['みどり町山の手 公会堂', '北圏域・山の手'],
    '毎週木曜 13:30〜15:00',
    15,
    '地域の高齢者',
    '099-015-2200',
  ),
  resource(
    '男の料理サロン 港',
    'salon',
    { ages: [50, null], fields: ['elderly', 'other'], intake: 'ask' },
    [shakyoSouth, true],
    ['みどり町港 調理室', '南圏域・港'],
    '毎月第4土曜 10:00〜13:00',
    10,
    '一人暮らしの男性',
    '099-015-2201',
  ),
  resource(
    'フードバンクみどり 食料支援',
    'other',
    { ages: [null, null], fields: ['poverty'], intake: 'open' },
    ['フードバンクみどり', true],
    ['みどり町新田2丁目2-8', '南圏域・新田'],
    '平日 10:00〜16:00',
    null,
    '生活にお困りの方（相談員の紹介）',
    '099-020-3040',
  ),
  resource(
    '移動販売と見守り',
    'other',
    { ages: [null, null], fields: ['elderly', 'disability'], intake: 'open' },
    ['みどり生協', false],
    ['町内巡回', '町内全域'],
    '火・金（地区ごとに巡回）',
    null,
    '買い物が難しい方',
    '099-030-1019',
  ),
  resource(
    '緑ヶ丘交流サロン（休止中）',
    'salon',
    { ages: [null, null], fields: [], intake: 'open' },
    ['緑ヶ丘自治会', false],
    ['みどり町緑ヶ丘 集会所', '北圏域・緑ヶ丘'],
    '再開時期未定',
    10,
    '地域の方',
    '099-030-1020',
    false,
  ),
];
