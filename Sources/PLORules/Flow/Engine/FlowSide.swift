import PLOCalendar
import PLOModel
import XMLCore

/// Which party sent a message of a stay.
public enum FlowSide: String, Sendable, Hashable {
    /// The hospital sent it to the municipality (→).
    case hospital
    /// The municipality sent it to the hospital (←).
    case municipality
}
