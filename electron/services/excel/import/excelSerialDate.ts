import { utcCalendarDateOf } from '../../../contract/japaneseDate/japanTime';

const dayMs = 24 * 60 * 60 * 1000;
/** The largest serial Excel accepts (9999-12-31). */
const maxSerial = 2958465;

/**
 * The calendar date of an Excel serial day number, or null. Day 1 is 1900-01-01 and Excel counts
 * a 1900-02-29 that never was (day 60), so days from 61 on are one more than the calendar; in the
 * 1904 system day 0 is 1904-01-01. A time of day (the fraction) is dropped.
 */
export function excelSerialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > maxSerial) return null;
  const day = Math.floor(serial);
  if (!date1904 && day === 60) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, day < 60 ? 31 : 30);
  return utcCalendarDateOf(new Date(epoch + day * dayMs));
}
