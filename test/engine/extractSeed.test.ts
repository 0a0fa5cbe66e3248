// The seed program (a self-referencing list made in a function called in a loop) extracts to the
// IR the interpreter runs: module globals, the function's locals, the subscript store.
import test from 'node:test';
import assert from 'node:assert/strict';
import { check, dedent, fixture } from './extractHarness';

test('seed program', async () => {
  const m = await check(
    fixture('seed.py'),
    `
    <module> locals=gc,count,first_class_cycle,garbage
      import gc as gc:g
      count:g = 0
      def first_class_cycle:g = #1
      garbage:g = gc:g.collect()
      print:b(("Garbage collector: collected %d objects." % garbage:g))
      for count:g in range:b(5):
        first_class_cycle:g()
      garbage:g = gc:g.collect()
      print:b(("Garbage collector: collected %d objects." % garbage:g))
    #1 function first_class_cycle () locals=list_item
      list_item:l = ([0] * 5)
      list_item:l[count:g] = list_item:l
    `,
  );
  // The list literal's own span is the allocation site (line 4, `[0]`).
  const assign = m.functions[1].body[0];
  assert.equal(assign.k, 'assign');
  if (assign.k === 'assign' && assign.value.k === 'binop') {
    assert.deepEqual(assign.value.left.site, { line: 3, col: 16, endLine: 3, endCol: 19 });
    assert.deepEqual(assign.value.site, { line: 3, col: 16, endLine: 3, endCol: 21 });
  } else assert.fail('expected list * 5');
  assert.equal(m.lineCount, dedent(fixture('seed.py')).split('\n').length);
});
