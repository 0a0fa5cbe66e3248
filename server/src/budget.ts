// Time budgets for analyses. The engine never reads the clock, so callers hand it an isCancelled
// that turns true once the budget is spent; the engine then stops and reports a GC900 finding
// saying the results are partial, instead of hanging on a runaway program.

/** `gcscope check`, per file. */
export const CHECK_BUDGET_MS = 10_000;
/** Diagnostics in the editor, per analysis (the user is typing). */
export const EDITOR_BUDGET_MS = 5_000;
/** An explicit Simulate GC / `gcscope simulate`: the user asked and waits for it. */
export const SIMULATE_BUDGET_MS = 30_000;

export function deadline(ms: number): () => boolean {
  const end = Date.now() + ms;
  return () => Date.now() > end;
}
