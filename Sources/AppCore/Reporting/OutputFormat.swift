/// Report formats. `text` is for people; `json` is the machine contract; `junit` and `sarif`
/// feed CI dashboards and code-scanning tools; `html` is the teaching page of `plo flow`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text
    case json
    case junit
    case sarif
    case html
}

/// Whether to colour text output: only on a terminal, and never when `NO_COLOR` is set.
public struct TextStyle: Sendable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func severity(_ name: String) -> String {
        switch name {
        case "error": paint(name, "1;31")
        case "warning": paint(name, "1;33")
        default: paint(name, "1;36")
        }
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }
    func green(_ text: String) -> String { paint(text, "32") }
}
