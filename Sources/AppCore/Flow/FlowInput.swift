import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// One input of `plo flow`: its validation result and, when readable, its flow facts.
public struct FlowInput: Sendable {
    public var result: FileResult
    public var message: FlowMessage?

    public init(result: FileResult, message: FlowMessage?) {
        self.result = result
        self.message = message
    }
}
