import { cellText, type RawCell } from './rawSheet';

// 、 , / ; and spaces of any width (NFKC has already made ，／； half-width), and ・ unless kept.
const separators = /[、,/;\s]+/u;
const withMiddleDot = /[・、,/;\s]+/u;

/**
 * The items of a cell holding several values (高齢・障害, 高齢、障害, 高齢 / 障害 …). Lists whose
 * labels may contain ・ themselves (課題: DV・虐待) keep it, and are split on it later if needed.
 */
export function splitList(
  cell: RawCell | undefined,
  options: { keepMiddleDot?: boolean } = {},
): string[] {
  return cellText(cell)
    .normalize('NFKC')
    .split(options.keepMiddleDot === true ? separators : withMiddleDot)
    .filter((item) => item !== '');
}
