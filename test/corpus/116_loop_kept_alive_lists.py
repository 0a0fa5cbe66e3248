# NEGATIVE: 50 000 lists kept alive in a module list: automatic collections run (and promote) but find no garbage.
import gc

kept = []
for i in range(50000):
    kept.append([i])
print("explicit", gc.collect())
print("kept", len(kept))
