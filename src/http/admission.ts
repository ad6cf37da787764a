/**
 * How many requests the server works on at once. Each request in flight holds its answer in
 * memory (about 1.7 MB for a large one), so without a bound 500 clients took the process to 1 GB.
 * Past `maxInFlight`, requests wait in a queue of at most `maxQueued`, each for at most `maxWaitMs`;
 * a request that finds the queue full or waits too long is turned away (the caller answers 503).
 */
export interface AdmissionLimits {
  maxInFlight: number;
  maxQueued: number;
  maxWaitMs: number;
}

export class Admission {
  private inFlight = 0;
  private readonly waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly limits: AdmissionLimits) {}

  /** Resolves to a release function once admitted, or to undefined when turned away. */
  async enter(): Promise<(() => void) | undefined> {
    if (this.inFlight < this.limits.maxInFlight) return this.admitted();
    if (this.waiting.length >= this.limits.maxQueued) return undefined;
    return new Promise((resolve) => {
      const entry = {
        admit: () => {
          clearTimeout(entry.timer);
          resolve(this.admitted());
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          resolve(undefined);
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  private admitted(): () => void {
    this.inFlight += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= 1;
      this.waiting.shift()?.admit();
    };
  }
}
