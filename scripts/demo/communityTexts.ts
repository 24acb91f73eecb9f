import type {
  ActivityKind,
  OutreachResult,
  ResourceKind,
} from '../../electron/contract/communityCodes';

/**
 * Sentences of the outreach, 参加支援 and 地域づくり demo records: who raised a concern, what was
 * known, what a contact found, how a match went. Fictional and free of names. Data only.
 */

export const raisers: readonly string[] = [
  '民生委員',
  '近隣住民',
  '自治会長',
  '新聞販売店',
  '地域包括支援センター',
  '水道検針員',
  '郵便局員',
  '学校',
  '家族（別居の姉）',
];

export const situations: readonly string[] = [
  '数か月前から姿を見かけない。郵便物がたまっている。',
  '親の死後、一人で暮らしている様子。外出している姿をほとんど見ない。',
  'ごみが家の周りにたまり、近所から心配の声がある。',
  '日中もカーテンが閉まったまま。家族以外と話しているのを見たことがない。',
  '高齢の母と二人暮らし。息子が長く家から出ていないらしい。',
  '電気・ガスが止まっているかもしれないとの情報。',
  '子どもが学校に来ていない日が多い。家庭の様子が分からない。',
];

/** A target known only by description, before the name is known. */
export const descriptions: readonly string[] = [
  '町営本町団地の男性（50代）',
  '川西の一軒家の女性（70代）',
  '新田のアパートの男性（40代）',
  '港地区の高齢夫婦の息子（30代）',
  '山の手の一人暮らしの男性（60代）',
];

export const ageTexts: readonly string[] = ['30代', '40代', '50代', '60代', '70代', '80代'];

export const contactNotes: Record<OutreachResult, readonly string[]> = {
  met: [
    '玄関先で短時間話せた。体調は悪くないとのこと。',
    '本人と会えた。困りごとは話さなかったが、また来てよいと言われた。',
    '居間で30分ほど話した。食事は一日一回とのこと。',
  ],
  absent: ['不在。手紙を郵便受けに入れた。', '応答なし。電気メーターは動いていた。'],
  refused: ['インターホン越しに「来なくていい」と言われた。', '戸を開けてもらえなかった。'],
  viaAgency: [
    '民生委員の訪問に同行し、顔合わせができた。',
    '包括の職員を通じて、次回の訪問の了承を得た。',
  ],
};

export const endReasons: readonly string[] = [
  '町外へ転居したため',
  '家族が支援を受け始め、見守りを民生委員に引き継いだため',
  '入院し、病院の相談員に引き継いだため',
];

/** Which resource kinds suit a 課題, for proposing a match. */
export const kindsForTag: Readonly<Record<string, readonly ResourceKind[]>> = {
  ひきこもり: ['ibasho', 'farming', 'work', 'volunteer'],
  社会的孤立: ['salon', 'ibasho', 'volunteer'],
  セルフネグレクト: ['salon', 'other'],
  '仕事・就労': ['work', 'farming'],
  障害: ['farming', 'work', 'ibasho'],
  不登校: ['learning', 'kodomoShokudo'],
  子育て: ['kodomoShokudo', 'learning'],
  生活困窮: ['other', 'kodomoShokudo', 'work'],
  ヤングケアラー: ['learning', 'kodomoShokudo'],
};

export const personNotes: readonly string[] = [
  '休まず通えている。表情が明るくなった。',
  '少し疲れが見えるが、本人は続けたいと話している。',
  '他の参加者と言葉を交わすようになった。',
  '前回は休んだ。体調の波があるとのこと。',
  '作業に慣れ、任される仕事が増えた。',
];

export const hostNotes: readonly string[] = [
  '受入先より「よく頑張っている」と連絡あり。',
  '受入先と今後の参加日数について相談した。',
  '受入先の担当者が替わるため、引き継ぎの面談を行った。',
  '',
];

export const hostSupports: readonly string[] = [
  '初回は相談員が同行する。緊張が強いので、最初は短時間から。',
  '送迎の調整について受入先と相談済み。',
  '受入先の職員向けに、本人の特性について説明を行った。',
  '',
];

/** Names of the monthly activities, by kind; an activity takes one in turn. */
export const activityNames: Record<ActivityKind, readonly string[]> = {
  ibasho: ['居場所カフェ ほっと', '港の縁側 おしゃべり会', 'ゆるりの集い'],
  event: ['地域交流まつり', '多世代ふれあい餅つき', '防災と見守りの交流会', '夏休み こども広場'],
  network: ['北圏域 地域ケア会議', '南圏域 支え合い推進会議', '子ども・若者支援ネットワーク会議'],
  development: ['子ども食堂 立ち上げ支援の打合せ', '買い物支援の仕組みづくり検討会'],
  lecture: ['認知症サポーター養成講座', 'ヤングケアラー理解の研修会', 'ひきこもり理解講座'],
};

export const activityPlaces: readonly [place: string, district: string][] = [
  ['みどり町社会福祉協議会 1階交流室', '北圏域・本町'],
  ['みどり町港 公民館', '南圏域・港'],
  ['みどり町役場 大会議室', '北圏域・本町'],
  ['新田 集会所', '南圏域・新田'],
];

export const organisers: Record<ActivityKind, string> = {
  ibasho: 'みどり町社会福祉協議会',
  event: '地区社協・自治会連合会',
  network: '地域共生推進課',
  development: '地域共生推進課・社会福祉協議会',
  lecture: '地域共生推進課',
};

export const organisations: Record<ActivityKind, string> = {
  ibasho: '',
  event: '自治会連合会、民生委員児童委員協議会、こども食堂わいわい',
  network: '地域包括支援センター、障害者相談支援事業所、こども家庭センター、社会福祉協議会',
  development: 'NPO法人よりそいネットみどり、フードバンクみどり',
  lecture: '',
};
