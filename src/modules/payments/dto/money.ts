// Money in requests and responses is always a string: integer minor units for fiat (bigint in Postgres),
// exact decimals for crypto (numeric). The pg driver answers bigint and numeric as strings; they are kept
// that way end to end and never pass through a JavaScript number.

/** Fiat minor units: a positive integer that fits a bigint. */
export const MINOR_UNITS = /^[1-9][0-9]{0,17}$/;
/** A wallet amount: minor units for fiat wallets, up to 8 decimals for crypto wallets. */
export const WALLET_AMOUNT = /^(0|[1-9][0-9]{0,21})(\.[0-9]{1,8})?$/;
/** A crypto amount that fits numeric(18,8). */
export const CRYPTO_AMOUNT = /^(0|[1-9][0-9]{0,9})(\.[0-9]{1,8})?$/;
/** ISO 4217 alphabetic code. */
export const ISO_4217 = /^[A-Z]{3}$/;
/** A crypto asset symbol (BTC, ETH, USDC, ...). */
export const CRYPTO_SYMBOL = /^[A-Z0-9]{2,10}$/;
export const MINOR_UNITS_MESSAGE = { message: 'must be a positive integer of minor units, as a string' };

/**
 * PostgreSQL's trim_scale() on the text of a numeric: the same value without trailing fractional zeros
 * ('0.25000000' -> '0.25', '5.00000000' -> '5'). String work only; the value never becomes a JS number.
 */
export function trimScale(numeric: string): string {
  return numeric.includes('.') ? numeric.replace(/\.?0+$/, '') : numeric;
}
