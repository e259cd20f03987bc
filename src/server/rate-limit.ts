// Two limits that keep one misbehaving client from hurting a class: wrong
// join codes per address (so codes cannot be guessed by trying), and messages
// per connection (so a flood costs its sender, not the other rooms).

/** Wrong codes an address may try in a window before it must wait. */
export class WrongCodeLimit {
  private readonly tries = new Map<string, number[]>();

  constructor(
    private readonly maxWrong = 10,
    private readonly windowMs = 60_000,
  ) {}

  /** Whether this address may try a code now. */
  allowed(address: string, now: number): boolean {
    return this.recent(address, now).length < this.maxWrong;
  }

  /** Counts a wrong code from this address. */
  wrong(address: string, now: number): void {
    const list = this.recent(address, now);
    list.push(now);
    this.tries.set(address, list);
  }

  private recent(address: string, now: number): number[] {
    const list = (this.tries.get(address) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length === 0) this.tries.delete(address);
    else this.tries.set(address, list);
    return list;
  }
}

/**
 * A token bucket per connection: `burst` messages at once, `perSecond` after
 * that. Messages over the limit are dropped unread; `drops` counts them so the
 * room can close a connection that keeps flooding.
 */
export class MessageBucket {
  private tokens: number;
  private last: number;
  drops = 0;

  constructor(
    now: number,
    private readonly burst = 30,
    private readonly perSecond = 20,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    this.drops++;
    return false;
  }
}
