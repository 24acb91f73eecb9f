/** What every form needs besides its data: whose office, and the day it is printed. */
export type PrintContext = {
  municipalityName: string;
  /** 作成日 as ISO `YYYY-MM-DD` (Japan time). */
  createdOn: string;
  /** Where @fontsource/noto-sans-jp is; found from node_modules when omitted. */
  fontDir?: string;
};
