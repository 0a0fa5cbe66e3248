# gcscope fuzz reproducer: 20 000 self-referencing lists at module level (~400 KB, under the 1M-character
# limit). Each finding walks the whole module body in fixesFor (engine/src/findings/fixes.ts):
# O(findings x statements), and isCancelled is not consulted there. Expected: bounded time + GC900.
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
l = []
l.append(l)
