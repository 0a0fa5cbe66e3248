// What each function of CPython's `gc` module does and returns, shown when hovering a `gc.*` call.
// Paraphrased from the documented semantics (the project's notes on the gc API, section 3.4).

export const GC_API_DOCS: Record<string, string> = {
  collect: 'Runs a full collection of generations 0..`generation` (default 2) now, even while automatic collection is disabled. **Returns** the number of unreachable objects found: collected plus uncollectable.',
  enable: 'Turns automatic collection on. **Returns** None.',
  disable: 'Turns automatic collection off; reference counting still frees acyclic objects, but cyclic garbage accumulates until `gc.collect()` or `gc.enable()`. **Returns** None.',
  isenabled: '**Returns** True if automatic collection is enabled.',
  get_count: '**Returns** the current collection counts (count0, count1, count2): allocations minus deallocations since the last generation-0 collection, then collections of the younger generation.',
  get_threshold: '**Returns** the collection thresholds (threshold0, threshold1, threshold2).',
  set_threshold: 'Sets the collection thresholds; threshold0 = 0 disables automatic collection. **Returns** None.',
  freeze: 'Moves every tracked object into the permanent generation, which is never collected; counts reset to 0. **Returns** None.',
  unfreeze: 'Moves the permanent generation back into the oldest generation. **Returns** None.',
  get_freeze_count: '**Returns** the number of objects in the permanent generation.',
  get_objects: '**Returns** a list of the objects tracked by the collector (of one generation when given).',
  get_stats: '**Returns** one dict per generation with cumulative `collections`, `collected` and `uncollectable` counts.',
  is_tracked: '**Returns** True if the collector currently tracks the object (atomic values and some containers are untracked).',
  is_finalized: '**Returns** True once the object\'s finalizer (`__del__`) has run.',
  get_referrers: '**Returns** the tracked objects that refer to any of the arguments (slow; for debugging).',
  get_referents: '**Returns** the objects the arguments refer to directly.',
  set_debug: 'Sets debugging flags (DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK); output goes to stderr. **Returns** None.',
  get_debug: '**Returns** the current debugging flags.',
};
