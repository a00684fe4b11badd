import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// The HTML teaching page of `plo flow` (placeholder).
public struct FlowHTML {
    let report: FlowReport
    func page() -> String { "<!doctype html><title>plo flow</title>" }
    public static func orderPage() -> String { "<!doctype html><title>order</title>" }
}
