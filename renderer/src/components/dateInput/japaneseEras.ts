// The era table is shared with the services' Excel import, so it lives in the contract.
export {
  eraEnd,
  eraOf,
  eras,
  findEra,
  warekiYear,
  type Era,
} from '../../../../electron/contract/japaneseDate/japaneseEras';
