/**
 * The low-level part of digit codes: groups of four digits, each three data digits and a check
 * digit of its own, so that a mistake is caught in the group it is in and the operator can ask
 * for that group again.
 *
 * The check digit is Damm's (H. M. Damm, "Total anti-symmetrische Quasigruppen", 2004): a table of
 * a quasigroup of order 10 that is weakly totally anti-symmetric. Inside a group it catches every
 * single-digit change (each row and column of the table is a permutation) and every swap of two
 * adjacent different digits, the check digit included. Each group's check starts from the group's
 * number instead of 0, so a group read out in another group's place is caught too, most of the
 * time. A swap across two groups changes one digit in each: both groups are named.
 */

/** Damm's table: DAMM[interim][digit] is the next interim digit. */
const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** Digits in a group, its check digit included. */
export const GROUP_SIZE = 4;

/** Damm's interim digit after reading digits from a starting interim digit. */
function damm(digits: readonly number[], start: number): number {
  return digits.reduce((interim, d) => DAMM[interim]?.[d] ?? 0, start % 10);
}

/** The check digit of a group's three data digits; groupIndex is 0-based. */
export function groupCheck(data: readonly number[], groupIndex: number): number {
  return damm(data, groupIndex);
}

/** Whether a group of four digits (data and check) is as written. */
export function groupValid(group: readonly number[], groupIndex: number): boolean {
  return group.length === GROUP_SIZE && damm(group, groupIndex) === 0;
}

/** Data digits → the code's digits, a check digit after every three. */
export function withChecks(data: readonly number[]): number[] {
  const out: number[] = [];
  for (let g = 0; g * (GROUP_SIZE - 1) < data.length; g++) {
    const part = data.slice(g * (GROUP_SIZE - 1), (g + 1) * (GROUP_SIZE - 1));
    out.push(...part, groupCheck(part, g));
  }
  return out;
}

/** The 1-based groups whose check fails (empty when every group is as written). */
export function failingGroups(digits: readonly number[]): number[] {
  const bad: number[] = [];
  for (let g = 0; g * GROUP_SIZE < digits.length; g++)
    if (!groupValid(digits.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE), g)) bad.push(g + 1);
  return bad;
}

/** The data digits of a code whose groups are valid (every fourth digit dropped). */
export function dataDigits(digits: readonly number[]): number[] {
  return digits.filter((_, i) => i % GROUP_SIZE !== GROUP_SIZE - 1);
}

/** Digits shown in their groups: 1234-5678-… */
export function formatDigits(digits: readonly number[]): string {
  const groups: string[] = [];
  for (let i = 0; i < digits.length; i += GROUP_SIZE)
    groups.push(digits.slice(i, i + GROUP_SIZE).join(''));
  return groups.join('-');
}
