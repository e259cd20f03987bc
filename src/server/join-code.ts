import { randomInt } from 'node:crypto';

// Join codes: six characters a teacher can read aloud and students type on a
// phone. The alphabet leaves out letters and digits that look or sound alike
// (0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V), so 23 symbols give about 27 bits: with
// ten wrong tries a minute per address (rate-limit.ts), guessing a live
// class's code takes years.

export const JOIN_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679';
export const JOIN_LENGTH = 6;

/** A fresh random code for which `isFree` holds. */
export function newJoinCode(isFree: (code: string) => boolean): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < JOIN_LENGTH; i++) code += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
    if (isFree(code)) return code;
  }
}

/** A code as typed (spaces, dashes, lower case, look-alike letters) in its canonical form. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').slice(0, 32);
}
