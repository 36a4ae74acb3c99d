import { describe, expect, it } from 'vitest';
import { chunks, inOrder } from '../../../src/cli/in-order.js';
import { defaultJobs } from '../../../src/cli/options.js';

describe('chunks', () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2, 3], 5, [[1, 2, 3]]],
    [[], 3, []],
    [[1, 2], 0, [[1], [2]]],
  ])('%j in chunks of %i', (items, size, expected) => {
    expect(chunks(items, size)).toEqual(expected);
  });
});

describe('inOrder', () => {
  it('yields results in input order when later tasks finish first', async () => {
    const delays = [30, 1, 15, 0, 5];
    const run = (i: number) => new Promise<number>((resolve) => setTimeout(() => resolve(i), delays[i]));
    const seen: number[] = [];
    for await (const value of inOrder([0, 1, 2, 3, 4], run, 3)) seen.push(value);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('never has more than `window` tasks running', async () => {
    let running = 0;
    let most = 0;
    const run = async (i: number) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running--;
      return i;
    };
    for await (const _ of inOrder([...Array(20).keys()], run, 4)) void _;
    expect(most).toBe(4);
  });
});

describe('defaultJobs', () => {
  it.each([[1, 1], [2, 1], [4, 3], [16, 15], [0, 1]])('%i cores → %i jobs', (cores, jobs) => {
    expect(defaultJobs(cores)).toBe(jobs);
  });
});
