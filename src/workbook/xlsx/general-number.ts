/**
 * Numbers as Excel's "General" format shows them: at most 15 significant digits (Excel's precision),
 * so 4.2999999999999998 stored in the file reads "4.3", and no exponent for ordinary magnitudes.
 */

/** Below this size (and above the large limit) Excel, too, falls back to scientific notation. */
const SMALLEST_PLAIN = 1e-15;
const LARGEST_PLAIN = 1e21;

/** 4.2999999999999998 -> "4.3", 5 -> "5", 0.001 -> "0.001", 1e-7 -> "0.0000001". */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isSafeInteger(value) && value < 1e15 && value > -1e15) return value === 0 ? "0" : String(value);
  // Fast path: a shortest form of at most 15 characters has at most 15 significant digits already.
  const shortest = String(value);
  if (shortest.length <= 15 && shortest.indexOf("e") < 0) return shortest;
  const precise = value.toPrecision(15);
  if (precise.indexOf("e") < 0) return withoutTrailingZeros(precise); // e.g. "4.30000000000000" -> "4.3"
  const rounded = Number(precise);
  const magnitude = Math.abs(rounded);
  if (rounded === 0) return "0";
  if (magnitude >= SMALLEST_PLAIN && magnitude < LARGEST_PLAIN) return plainDecimal(rounded);
  return scientific(rounded);
}

function withoutTrailingZeros(decimal: string): string {
  if (decimal.indexOf(".") < 0) return decimal;
  let end = decimal.length;
  while (decimal.charCodeAt(end - 1) === 48) end--; // "0"
  if (decimal.charCodeAt(end - 1) === 46) end--; // "."
  return decimal.slice(0, end);
}

/**
 * The decimal digits of `value` without exponent, e.g. 1.5e-7 -> "0.00000015". Works on the shortest
 * round-trip text of the number, so no binary noise is added.
 */
export function plainDecimal(value: number): string {
  const text = String(value);
  const e = text.indexOf("e");
  if (e < 0) return text;
  const negative = text.startsWith("-");
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const pointAt = (dot < 0 ? mantissa.length : dot) + exponent; // digits before the decimal point
  let body: string;
  if (pointAt <= 0) body = `0.${"0".repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) body = digits + "0".repeat(pointAt - digits.length);
  else body = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return (negative ? "-" : "") + body;
}

/** Excel's scientific style for extreme values: 1.5E+21, 2E-16. */
function scientific(value: number): string {
  const [mantissa = "0", exponent = "0"] = value.toExponential().split("e");
  const power = Number(exponent);
  return `${mantissa}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
}

/**
 * `value` rounded to `decimals` places the way Excel shows it: from its 15-digit decimal form,
 * half away from zero (so 1.005 -> "1.01", which toFixed gets wrong), optionally with thousands
 * separators. Returns the unsigned text; the caller adds any sign.
 */
export function fixedDecimals(value: number, decimals: number, thousands: boolean): string {
  const magnitude = Math.abs(value);
  let integerPart: string;
  let fraction: string;
  if (magnitude >= LARGEST_PLAIN) {
    integerPart = plainDecimal(magnitude).split(".")[0] ?? "0";
    fraction = "0".repeat(decimals);
  } else {
    const text = plainDecimal(Number(magnitude.toPrecision(15)));
    const dot = text.indexOf(".");
    const whole = dot < 0 ? text : text.slice(0, dot);
    const digits = dot < 0 ? "" : text.slice(dot + 1);
    if (digits.length <= decimals) {
      integerPart = whole;
      fraction = digits.padEnd(decimals, "0");
    } else {
      const roundUp = digits.charCodeAt(decimals) >= 53; // next digit >= 5
      const kept = whole + digits.slice(0, decimals);
      const bumped = roundUp ? incrementDigits(kept) : kept;
      const integerLength = bumped.length - decimals;
      integerPart = bumped.slice(0, integerLength) || "0";
      fraction = bumped.slice(integerLength);
    }
  }
  integerPart = integerPart.replace(/^0+(?=\d)/, "");
  if (thousands) integerPart = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return decimals > 0 ? `${integerPart}.${fraction}` : integerPart;
}

/** "0999" -> "1000", "99" -> "100": adds one to a string of decimal digits. */
function incrementDigits(digits: string): string {
  const chars = digits.split("");
  let i = chars.length - 1;
  while (i >= 0) {
    if (chars[i] === "9") {
      chars[i] = "0";
      i--;
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
  }
  return `1${chars.join("")}`;
}
