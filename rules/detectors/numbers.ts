/** Structure checks for Indonesian identity and service numbers (shared/guideline.md). */

const PROVINCES = new Set([11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96]);

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** NIP: birth YYYYMMDD + CPNS start YYYYMM + sex (1/2) + 3-digit serial; PPPK (from 2019) write 21 where the month stands. */
export function isNip(digits: string): boolean {
  if (!/^\d{18}$/.test(digits)) return false;
  const by = +digits.slice(0, 4), bm = +digits.slice(4, 6), bd = +digits.slice(6, 8);
  const sy = +digits.slice(8, 12), sm = +digits.slice(12, 14);
  const sex = digits[14];
  const serial = +digits.slice(15);
  return by >= 1940 && by <= 2012 && validDate(by, bm, bd) && sy >= 1960 && sy <= 2040 && ((sm >= 1 && sm <= 12) || (sm === 21 && sy >= 2019)) && sy - by >= 16 && (sex === '1' || sex === '2') && serial >= 1;
}

/** NIK: province, regency, district codes + DDMMYY (women add 40 to the day) + serial. */
export function isNik(digits: string): boolean {
  if (!/^\d{16}$/.test(digits)) return false;
  if (!PROVINCES.has(+digits.slice(0, 2))) return false;
  if (+digits.slice(2, 4) === 0 || +digits.slice(4, 6) === 0) return false;
  let day = +digits.slice(6, 8);
  if (day > 40) day -= 40;
  const month = +digits.slice(8, 10);
  const year = +digits.slice(10, 12);
  if (!validDate(2000 + year, month, day)) return false;
  return +digits.slice(12) > 0;
}

/** Luhn: card numbers pass it; a NIK passing it by chance is still checked by its structure. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = +digits[digits.length - 1 - i]!;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
