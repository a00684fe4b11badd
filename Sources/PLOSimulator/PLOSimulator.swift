// PLOSimulator
