// `import PLOKit` brings in the whole public API: the library's modules re-exported.
@_exported import AppCore
@_exported import AppSimulate
@_exported import PLOCalendar
@_exported import PLOModel
@_exported import PLORules
@_exported import PLOSimulator
@_exported import XMLCore
