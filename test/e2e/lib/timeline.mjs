// Reads what a user reads off the timeline webview or a hover: the value each explicit gc.collect() returned.
// Tolerant of wording ("returned 5", "gc.collect() → 5", "collected: 5") because the check is about numbers
// measured on real CPython, not about the layout.

/** Numbers that lines mentioning "collect" present as a result, in reading order. */
export function collectResults(text) {
  const out = [];
  for (const line of text.split('\n')) {
    if (!/collect/i.test(line)) continue;
    const re = /(?:returns?|returned|→|->|=|collected|freed)\s*:?\s*(\d+)/gi;
    let m;
    while ((m = re.exec(line))) out.push(Number(m[1]));
  }
  return out;
}

/** True when `want` appears in `got` as a subsequence (other collections may sit between them). */
export function hasSubsequence(got, want) {
  let i = 0;
  for (const g of got) if (i < want.length && g === want[i]) i++;
  return i === want.length;
}
