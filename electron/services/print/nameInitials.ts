// The first letter of each kana's Hepburn romanisation (し → shi → S, ち → chi → C, ふ → fu → F,
// じ/ぢ → ji → J, づ → zu → Z, を → o → O). Small kana and ゔ are listed for names typed oddly.
const kanaRows: readonly (readonly [string, string])[] = [
  ['あいうえおぁぃぅぇぉ', 'AIUEOAIUEO'],
  ['かきくけこ', 'K'],
  ['がぎぐげご', 'G'],
  ['さすせそ', 'S'],
  ['し', 'S'],
  ['ざずぜぞ', 'Z'],
  ['じぢ', 'J'],
  ['たてと', 'T'],
  ['ちっ', 'CT'],
  ['つ', 'T'],
  ['だでど', 'D'],
  ['づ', 'Z'],
  ['なにぬねの', 'N'],
  ['はひへほ', 'H'],
  ['ふ', 'F'],
  ['ばびぶべぼ', 'B'],
  ['ぱぴぷぺぽ', 'P'],
  ['まみむめも', 'M'],
  ['やゆよゃゅょ', 'Y'],
  ['らりるれろ', 'R'],
  ['わゐゑ', 'W'],
  ['を', 'O'],
  ['ん', 'N'],
  ['ゔ', 'V'],
];

const letterOfKana: ReadonlyMap<string, string> = new Map(
  kanaRows.flatMap(([kana, letters]) =>
    Array.from(kana).map((k, i): [string, string] => [k, letters[i] ?? letters[0] ?? '']),
  ),
);

/** Katakana (after NFKC, which also widens half-width ｶﾅ) to hiragana. */
function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

function initialOf(part: string): string | null {
  const first = Array.from(part)[0];
  if (first === undefined) return null;
  if (/^[A-Za-z]$/.test(first)) return first.toUpperCase();
  return letterOfKana.get(first) ?? null;
}

/**
 * A person's name as initials for handouts that must not name people: 山田 太郎 with ふりがな
 * やまだ たろう → "Y.T.". Read from the ふりがな (hiragana, katakana or half-width; family and
 * given name split by a space), else from a name in Latin letters. When neither gives a letter
 * the result is "＊" — never the name itself.
 */
export function nameInitials(nameKana: string, name = ''): string {
  for (const source of [nameKana, name]) {
    const parts = toHiragana(source.normalize('NFKC')).trim().split(/\s+/).filter(Boolean);
    const letters = parts.map(initialOf);
    if (letters.length > 0 && letters.every((l) => l !== null)) {
      return letters.map((l) => `${l}.`).join('');
    }
  }
  return '＊';
}
