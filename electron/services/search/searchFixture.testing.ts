import { withTransaction } from '../../../db/database';
import {
  buildCase,
  buildHousehold,
  buildNote,
  buildPerson,
  buildPersonWithCase,
  buildStaff,
} from '../../../db/testing/caseBuilders';
import { createTestDb } from '../../../db/testing/createTestDb';

/**
 * A small town for search tests: namesakes, kana typed three ways, phones, case numbers, words in
 * 主訴 and notes, and one restricted (DV) case whose household must stay hidden.
 */
export function setUpSearchTown() {
  const testDb = createTestDb();
  const town = withTransaction(testDb.db, (tx) => {
    const admin = buildStaff(tx, 'kanri', 'admin');
    const assigned = buildStaff(tx, 'tantou', 'worker');
    const other = buildStaff(tx, 'tanin', 'worker');
    const viewer = buildStaff(tx, 'etsuran', 'viewer');

    const yamadaHousehold = buildHousehold(tx);
    const taro = buildPerson(tx, {
      householdId: yamadaHousehold,
      name: '山田 太郎',
      nameKana: 'やまだ たろう',
      phone: '090-1234-5678',
    });
    const hanako = buildPerson(tx, {
      householdId: yamadaHousehold,
      name: '山田 花子',
      nameKana: 'ヤマダ ハナコ',
    });
    const taroCase = buildCase(tx, {
      personId: taro.id,
      householdId: yamadaHousehold,
      receivedOn: '2026-04-10',
      chiefComplaint: '母の介護が続き、自身の就労について相談したいとのこと。',
    });
    buildNote(tx, { caseId: taroCase.id, facts: '地域包括支援センターと情報共有を行った。' });

    const omori = buildPersonWithCase(
      tx,
      { name: '大森 一郎', nameKana: 'おおもり いちろう' },
      { receivedOn: '2026-05-01', chiefComplaint: '家賃の滞納' },
    );
    buildNote(tx, {
      caseId: omori.caseId,
      facts: '訪問した。',
      assessment: '民生委員から近況の報告があり、生活は落ち着いている。',
    });
    const mori = buildPerson(tx, { name: '森 さくら', nameKana: 'もり さくら' });
    const takahashi = buildPerson(tx, { name: '高橋 健二', nameKana: 'ﾀｶﾊｼ ｹﾝｼﾞ' });
    const yoshida = buildPerson(tx, { name: '𠮷田 一', nameKana: 'よしだ はじめ' });

    // 閲覧制限: a DV case assigned to `assigned`; its household (and a relative) must stay hidden.
    const satoHousehold = buildHousehold(tx, '非公開');
    const yumi = buildPerson(tx, {
      householdId: satoHousehold,
      name: '佐藤 由美',
      nameKana: 'さとう ゆみ',
      phone: '0123-45-6789',
    });
    const kenta = buildPerson(tx, { householdId: satoHousehold, name: '佐藤 健太' });
    const dvCase = buildCase(tx, {
      personId: yumi.id,
      householdId: satoHousehold,
      receivedOn: '2026-06-01',
      restricted: true,
      mainStaffId: assigned.staffId,
      chiefComplaint: '配偶者からの暴力について相談。',
    });
    buildNote(tx, { caseId: dvCase.id, facts: 'シェルターへの避難を検討した。' });
    const kentaCase = buildCase(tx, {
      personId: kenta.id,
      householdId: satoHousehold,
      receivedOn: '2026-06-02',
      chiefComplaint: '就職活動の相談',
    });
    return {
      staff: { admin, assigned, other, viewer },
      persons: { taro, hanako, omori: omori.personId, mori, takahashi, yoshida, yumi, kenta },
      cases: { taroCase, omoriCase: omori, dvCase, kentaCase },
    };
  });
  return { ...testDb, ...town };
}
