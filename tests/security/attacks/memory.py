# Memory past the limit, bit by bit and at once, and a "disk" filled in memory.
hog = []
with open("/tmp/fill", "wb") as handle:
    for _ in range(4096):
        handle.write(b"x" * 2**20)
        hog.append(bytearray(2**20))
