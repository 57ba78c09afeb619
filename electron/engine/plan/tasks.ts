/** The scheduler's pending work: tasks may add tasks (resolve, then connect). */

/** A growing set of promises that can be waited on until no new ones appear. */
export class TaskSet {
  private readonly tasks: Promise<unknown>[] = [];

  /** Adds one more task to wait for. */
  add(task: Promise<unknown>): void {
    this.tasks.push(task);
  }

  /** How many tasks were ever added. */
  get size(): number {
    return this.tasks.length;
  }

  /** Waits for every task, including those added while waiting. */
  async drain(): Promise<void> {
    for (let seen = 0; seen < this.tasks.length;) {
      const batch = this.tasks.slice(seen);
      seen = this.tasks.length;
      await Promise.all(batch);
    }
  }
}
