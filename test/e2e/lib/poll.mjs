// Waiting helpers for the e2e suite: every wait polls a condition until a deadline, never a fixed sleep,
// and a timeout error says what was being waited for and the last thing seen.

const NOT_YET = Symbol('notYet');

/** A "not yet" answer for waitFor that still records what was seen, for the timeout message. */
export function notYet(seen) {
  return { [NOT_YET]: seen };
}

/** Polls fn() until it returns a truthy value (other than notYet(...)); throws `what` (with the last value or error) at the deadline. */
export async function waitFor(what, fn, { timeout = 20000, interval = 250 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v && typeof v === 'object' && NOT_YET in v) last = v[NOT_YET];
      else if (v) return v;
      else last = v;
    } catch (e) {
      last = e instanceof Error ? e.message.split('\n')[0] : e;
    }
    if (Date.now() >= deadline) {
      const seen = typeof last === 'string' ? last : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last seen: ${String(seen).slice(0, 400)}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Rejects after ms with a message naming the step; used to bound whole scenarios. */
export function withTimeout(promise, ms, what) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, t]).finally(() => clearTimeout(timer));
}
