import type { AuditChainProblem } from './verifyAuditChain';

/** One chain problem in Japanese, naming the row id and its position (for verify and the viewer). */
export function describeAuditProblem(p: AuditChainProblem): string {
  const at = `行 ID ${p.id}（${p.position} 行目）`;
  const [from, to] = p.ids ?? [p.id, p.id];
  const range = from === to ? `行 ID ${from}` : `行 ID ${from}〜${to}`;
  switch (p.problem) {
    case 'changed':
      return `${at}: 記録の内容が書き換えられています`;
    case 'rehashed':
      return `${at}: 記録が書き換えられ、ハッシュも計算し直されています（次の行とのつながりで判明）`;
    case 'inserted':
      return `${at}: あとから挿入された行です（前後の行が直接つながっています）`;
    case 'removed':
      return `${range} が削除されています（${p.position - 1} 行目と ${p.position} 行目の間）`;
    case 'truncated':
      return `末尾の ${range} が削除されています（最後の行より後）`;
  }
}
