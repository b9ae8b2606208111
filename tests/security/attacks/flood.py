# Output without end.
while True:
    print("spam " * 200)
