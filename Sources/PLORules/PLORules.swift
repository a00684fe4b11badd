// PLORules
