# POSITIVE: three nested functions each leave one self-referencing dict; a collect after the outer call finds all three.
import gc


def level3():
    d = {}
    d["me"] = d


def level2():
    d = {}
    d["me"] = d
    level3()


def level1():
    d = {}
    d["me"] = d
    level2()


gc.collect()
level1()
print("collected", gc.collect())
