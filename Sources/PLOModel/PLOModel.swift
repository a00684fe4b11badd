// PLOModel
