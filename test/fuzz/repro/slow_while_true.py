# gcscope fuzz reproducer: a 3-line endless loop. `gcscope check` takes ~45 s (2 cores) before the
# 2e7-step bound stops it (GC900); in the language server diagnostics take ~25 s and hovers/code
# actions wait behind it. Expected: a time bound of a few seconds, then GC900.
while True:
    l = []
    l.append(l)
