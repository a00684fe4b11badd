print("plo")
