// The parser is shared with the services' Excel import, so it lives in the contract.
export {
  parseJapaneseDate,
  type ParsedDate,
} from '../../../../electron/contract/japaneseDate/parseJapaneseDate';
