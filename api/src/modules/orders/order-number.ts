import { randomInt } from 'node:crypto';

/** No 0/O or 1/I: order numbers are read aloud and typed into bank memos. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** One formatter for the process (a formatter per call holds native ICU memory until a full GC; see lib/today.ts). */
const VIETNAM_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' });

/** `OCOP-<yy><mm>-<6 random characters>` in Vietnam's calendar month, e.g. OCOP-2611-7KQ2MX (32⁶ ≈ 10⁹ per month). */
export function newOrderNumber(at: Date): string {
  const [year, month] = VIETNAM_MONTH.format(at).split('-');
  let tail = '';
  for (let k = 0; k < 6; k++) tail += ALPHABET[randomInt(ALPHABET.length)];
  return `OCOP-${year!.slice(2)}${month}-${tail}`;
}

/** Bank apps drop or change punctuation in memos: compare order numbers on letters and digits only. */
export function memoKey(text: string): string {
  return text.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** The order number a bank memo carries, if any (`OCOP 2611 7KQ2MX`, `ocop-2611-7kq2mx thanh toan`…). */
export function orderNumberInMemo(memo: string): string | null {
  const match = /OCOP(\d{4})([2-9A-HJ-NP-Z]{6})/.exec(memoKey(memo));
  return match ? `OCOP-${match[1]}-${match[2]}` : null;
}
