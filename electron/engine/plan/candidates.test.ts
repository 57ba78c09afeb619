import { describe, expect, it } from 'vitest';
import type { SubmissionCandidate } from '../discover.js';
import { CandidateBoard, isAfter, orderOf } from './candidates.js';

function c(host: string, port: number, source: SubmissionCandidate['source']): SubmissionCandidate {
  const security = port === 465 ? 'tls' : 'starttls';
  return { host, port, security, source, username: 'u', providerId: null, insideIspOnly: false };
}

const list = [
  c('user.test', 587, 'user'),
  c('db.test', 587, 'provider_db'),
  c('db.test', 465, 'provider_db'),
  c('db2.test', 587, 'provider_db'),
  c('guess.test', 587, 'guess'),
];

describe('candidate order', () => {
  it('ranks by source, then by host within the source; ports of one host share a place', () => {
    expect(list.map((x) => orderOf(list, x))).toEqual([
      [0, 0],
      [1, 0],
      [1, 0],
      [1, 1],
      [4, 0],
    ]);
    expect(isAfter([1, 1], [1, 0])).toBe(true);
    expect(isAfter([1, 0], [1, 0])).toBe(false);
    expect(isAfter([0, 5], [1, 0])).toBe(false);
  });
});

describe('CandidateBoard', () => {
  it('launches each host:port once, at most maxCandidates of a list', () => {
    const board = new CandidateBoard(3);
    expect(board.admit(list).map((l) => `${l.candidate.host}:${l.candidate.port}`)).toEqual([
      'user.test:587',
      'db.test:587',
      'db.test:465',
    ]);
    expect(board.admit(list)).toEqual([]);
  });

  it('cuts later candidates short, and an earlier answer moves the cutoff back', () => {
    const board = new CandidateBoard(12);
    const launched = board.admit(list);
    const skipped = () =>
      launched.filter((l) => l.skip.signal.aborted).map((l) => l.candidate.host);
    board.answered([1, 0]);
    expect(board.cutoff).toEqual([1, 0]);
    expect(skipped()).toEqual(['db2.test', 'guess.test']);
    board.answered([1, 1]); // later than the cutoff: changes nothing
    expect(board.cutoff).toEqual([1, 0]);
    board.answered([0, 0]);
    expect(board.cutoff).toEqual([0, 0]);
    expect(skipped()).toEqual(['db.test', 'db.test', 'db2.test', 'guess.test']);
  });

  it('does not launch what comes after the cutoff', () => {
    const board = new CandidateBoard(12);
    board.answered([1, 0]);
    expect(board.admit(list).map((l) => l.candidate.host)).toEqual([
      'user.test',
      'db.test',
      'db.test',
    ]);
  });
});
